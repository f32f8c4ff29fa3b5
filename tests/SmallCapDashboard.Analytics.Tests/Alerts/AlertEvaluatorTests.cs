using SmallCapDashboard.Analytics.Alerts;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Tests.Signals;

namespace SmallCapDashboard.Analytics.Tests.Alerts;

/// <summary>
/// Each rule on a small hand-made series; the expected firing dates and values are worked out by hand in the
/// comments. Daily series use consecutive weekdays from Monday 2024-01-01 (index 4 = Fri 01-05, 5 = Mon 01-08, …);
/// weekly series are every 7 days from Monday 2023-01-02 (index 52 = 2024-01-01).
/// </summary>
public sealed class AlertEvaluatorTests
{
    private const double Tolerance = 1e-9;

    private static AlertSeries Daily(params double[] closes) => new(TestDates.Weekdays(closes.Length), closes);

    private static DateOnly[] Weekly(int count) => Enumerable.Range(0, count).Select(i => new DateOnly(2023, 1, 2).AddDays(7 * i)).ToArray();

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<AlertOccurrence> Run(string rule, AlertSeries series, DateOnly? after = null) =>
        AlertEvaluator.Evaluate(AlertRuleParser.Parse(rule), series, after);

    // closes 10 11 12 11 9 8 9 11
    // SMA2 (from i1): 10.5 11.5 11.5 10 8.5 8.5 10
    // SMA3 (from i2):      11   11.33 10.67 9.33 8.67 9.33
    // SMA2 − SMA3: i2 +0.5, i3 +0.17, i4 −0.67 (death, Fri 01-05), i5 −0.83, i6 −0.17, i7 +0.67 (golden, Wed 01-10)
    private static readonly double[] CrossCloses = [10, 11, 12, 11, 9, 8, 9, 11];

    [Fact]
    public void Cross_BothDirections_DeathOn0105GoldenOn0110()
    {
        var events = Run("cross:2/3", Daily(CrossCloses));

        Assert.Equal([(D("2024-01-05"), "death"), (D("2024-01-10"), "golden")], events.Select(e => (e.Date, e.Kind)));
        Assert.Equal(10.0, events[0].Value, Tolerance); // SMA2 on 01-05 = (11 + 9) / 2
        Assert.Equal(10.0, events[1].Value, Tolerance); // SMA2 on 01-10 = (9 + 11) / 2
    }

    [Fact]
    public void GoldenAndDeath_OneDirectionEach()
    {
        Assert.Equal([D("2024-01-10")], Run("golden:2/3", Daily(CrossCloses)).Select(e => e.Date));
        Assert.Equal([D("2024-01-05")], Run("death:2/3", Daily(CrossCloses)).Select(e => e.Date));
    }

    [Fact]
    public void Evaluate_After_OnlyLaterSessions()
    {
        Assert.Equal([D("2024-01-10")], Run("cross:2/3", Daily(CrossCloses), after: D("2024-01-05")).Select(e => e.Date));
        Assert.Empty(Run("cross:2/3", Daily(CrossCloses), after: D("2024-01-10")));
    }

    // closes 10 11 12 11 10 11 12: changes +1 +1 −1 −1 +1 +1. Wilder RSI(2):
    // i2: gain 1, loss 0 → 100; i3: gain (1+0)/2 = .5, loss (0+1)/2 = .5 → 50; i4: .25/.75 → 25;
    // i5: (.25+1)/2 = .625, .375 → 62.5; i6: .8125/.1875 → 81.25.
    // Regimes (55/45): i2 Upper (first regime, not a change), i3 50 keeps Upper, i4 25 → Lower (Fri 01-05),
    // i5 62.5 → Upper (Mon 01-08), i6 stays Upper.
    private static readonly double[] RsiCloses = [10, 11, 12, 11, 10, 11, 12];

    [Fact]
    public void RsiRegime_SwitchesWithHysteresis_LowerOn0105UpperOn0108()
    {
        var events = Run("rsi-regime:2", Daily(RsiCloses));

        Assert.Equal([(D("2024-01-05"), "rsi-lower"), (D("2024-01-08"), "rsi-upper")], events.Select(e => (e.Date, e.Kind)));
        Assert.Equal(25.0, events[0].Value, Tolerance);
        Assert.Equal(62.5, events[1].Value, Tolerance);
    }

    [Fact]
    public void RsiAbove70_CrossingOn0109Only()
    {
        // 100 → 50 → 25 → 62.5 → 81.25: only 62.5 → 81.25 crosses 70 upward (the first 100 has no previous RSI).
        var e = Assert.Single(Run("rsi-above:70:2", Daily(RsiCloses)));

        Assert.Equal((D("2024-01-09"), "rsi-above"), (e.Date, e.Kind));
        Assert.Equal(81.25, e.Value, Tolerance);
    }

    [Fact]
    public void RsiBelow30_CrossingOn0105Only()
    {
        // 50 → 25 crosses 30 downward on i4.
        var e = Assert.Single(Run("rsi-below:30:2", Daily(RsiCloses)));

        Assert.Equal((D("2024-01-05"), "rsi-below"), (e.Date, e.Kind));
        Assert.Equal(25.0, e.Value, Tolerance);
    }

    // i0..i19 rise 100..119 (no loss: RSI14 = 100 from i14), i20..i24 fall 118..114, i25..i29 rise 116..124,
    // i30..i34 fall 123..119. Swing highs (window 5): i19 (119, RSI 100) and i29 (124, RSI < 100 after the losses of
    // i20..i24): a higher close with a lower RSI → bearish, confirmed at i29 + 5 = i34 = Fri 2024-02-16.
    private static double[] DivergenceCloses()
    {
        var c = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            c.Add(100 + i);
        }

        c.AddRange([118, 117, 116, 115, 114, 116, 118, 120, 122, 124, 123, 122, 121, 120, 119]);
        return [.. c];
    }

    [Fact]
    public void DivergenceBearish_ConfirmedFiveSessionsAfterTheSecondHigh()
    {
        var e = Assert.Single(Run("divergence:bearish", Daily(DivergenceCloses())));

        Assert.Equal((D("2024-02-16"), "divergence-bearish"), (e.Date, e.Kind));
        Assert.True(e.Value < 100, $"RSI at the later high {e.Value} must be below the 100 of the first");
        Assert.Empty(Run("divergence:bullish", Daily(DivergenceCloses())));
    }

    [Fact]
    public void DivergenceBullish_MirrorImage()
    {
        // 240 − closes: swing lows at i19 (121, RSI 0) and i29 (116, RSI > 0): a lower low with a higher RSI.
        var mirrored = DivergenceCloses().Select(c => 240 - c).ToArray();

        var e = Assert.Single(Run("divergence:bullish", Daily(mirrored)));

        Assert.Equal((D("2024-02-16"), "divergence-bullish"), (e.Date, e.Kind));
        Assert.True(e.Value > 0);
    }

    // Weekly, 60 points: c0 = 200, c1..c55 = 100 − 0.1·i (falling), c56 = 150, c57 = 140, c58 = 160, c59 = 90.
    // The 52-week window of index i is (d_i − 364, d_i]; it first reaches back to d0 at i = 52, so nothing fires before.
    // At i52 the window is i1..i52 (c0 = 200 just left it): i52..i55 are new lows; i56 = 150 is the window's high
    // (the all-time high 200 is older than 52 weeks); i57 = 140 is neither; i58 = 160 a high; i59 = 90 a low.
    private static AlertSeries Extremes()
    {
        var closes = new double[60];
        closes[0] = 200;
        for (var i = 1; i <= 55; i++)
        {
            closes[i] = 100 - 0.1 * i;
        }

        closes[56] = 150;
        closes[57] = 140;
        closes[58] = 160;
        closes[59] = 90;
        return new AlertSeries(Weekly(60), closes);
    }

    [Fact]
    public void NewHigh_52WeekHighNotAllTime_On0129And0212()
    {
        var events = Run("new-high", Extremes());

        Assert.Equal([D("2024-01-29"), D("2024-02-12")], events.Select(e => e.Date));
        Assert.Equal([150.0, 160.0], events.Select(e => e.Value));
    }

    [Fact]
    public void NewLow_EveryFreshLowOnceTheYearIsCovered()
    {
        var events = Run("new-low", Extremes());

        Assert.Equal(
            [D("2024-01-01"), D("2024-01-08"), D("2024-01-15"), D("2024-01-22"), D("2024-02-19")],
            events.Select(e => e.Date));
        Assert.Equal(90.0, events[^1].Value);
    }

    // Weekly, 57 points. Symbol: 100 + 0.5·i to i52 (a high every week, 126 at i52), then 150 (i53, high), 149, 148, 151 (i56, high).
    // R1: 100 + i (a high every week). R2: 100 + i except 50 on i55. R3: 100 + i but no close on i54.
    // i54 (2024-01-15): R1 and R2 close at highs (R3 has no close), the symbol's 149 is below its 150 → fires;
    // value 149/150 − 1. i55: R2 is not at a high. i53, i56: the symbol is at a high. With N = 2 the symbol's i53
    // high confirms i54 → nothing.
    private static AlertSeries Unconfirmed()
    {
        var dates = Weekly(57);
        var own = Enumerable.Range(0, 57).Select(i => 100.0 + 0.5 * i).ToArray();
        own[53] = 150;
        own[54] = 149;
        own[55] = 148;
        own[56] = 151;
        var r1 = Enumerable.Range(0, 57).Select(i => 100.0 + i).ToArray();
        var r2 = (double[])r1.Clone();
        r2[55] = 50;
        var r3Dates = dates.Where((_, i) => i != 54).ToArray();
        var r3 = r1.Where((_, i) => i != 54).ToArray();
        return new AlertSeries(dates, own)
        {
            References =
            [
                new NamedSeries("R1", new DatedSeries(dates, r1)),
                new NamedSeries("R2", new DatedSeries(dates, r2)),
                new NamedSeries("R3", new DatedSeries(r3Dates, r3)),
            ],
        };
    }

    [Fact]
    public void HighUnconfirmed_ReferencesAtHighsSymbolNot_On0115()
    {
        var e = Assert.Single(Run("high-unconfirmed", Unconfirmed()));

        Assert.Equal((D("2024-01-15"), "high-unconfirmed"), (e.Date, e.Kind));
        Assert.Equal(149.0 / 150.0 - 1.0, e.Value, Tolerance);
        Assert.Contains("R1, R2", e.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void HighUnconfirmed_OwnHighWithinNSessionsConfirms()
    {
        Assert.Empty(Run("high-unconfirmed:2", Unconfirmed()));
    }

    // 2023-12-28, 12-29, 2024-01-02, 01-03, 01-04, 01-05. Large flat at 100; symbol 100, 100, 95, 91, 89, 92.
    // YTD base for 2024 = last close on or before 2023-12-31 = 12-29. Spread: 01-02 −5, 01-03 −9, 01-04 −11, 01-05 −8 pp.
    // Below −10: −9 → −11 on 01-04. Above −10: −11 → −8 on 01-05. (2023 dates have no YTD base in the data.)
    private static AlertSeries SpreadSeries()
    {
        DateOnly[] dates = [D("2023-12-28"), D("2023-12-29"), D("2024-01-02"), D("2024-01-03"), D("2024-01-04"), D("2024-01-05")];
        return new AlertSeries(dates, [100, 100, 95, 91, 89, 92]) { Large = new DatedSeries(dates, [100, 100, 100, 100, 100, 100]) };
    }

    [Fact]
    public void SpreadBelow_YtdCrossesMinus10_On0104()
    {
        var e = Assert.Single(Run("spread-below:-10:ytd", SpreadSeries()));

        Assert.Equal((D("2024-01-04"), "spread-below"), (e.Date, e.Kind));
        Assert.Equal(-11.0, e.Value, Tolerance);
    }

    [Fact]
    public void SpreadAbove_YtdCrossesBackAbove_On0105()
    {
        var e = Assert.Single(Run("spread-above:-10:ytd", SpreadSeries()));

        Assert.Equal(D("2024-01-05"), e.Date);
        Assert.Equal(-8.0, e.Value, Tolerance);
    }

    [Fact]
    public void Spread_WithoutLargeSeries_Refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Run("spread-below:-10", Daily(CrossCloses)));
        Assert.Contains("SPY", e.Message, StringComparison.Ordinal);
    }

    // Weekly, 57 points, so a 1W window is one session. c0 = 100, c1 = 95 (−5 % on 2023-01-09), then a zigzag
    // 96, 95, 96, … (i2..i53, returns +1.05 % and −1.04 %, exact ties), c54 = c53 × 0.97 (−3 %), c55 = c54 × 1.04
    // (+4 %), c56 = c55 × 0.94 (−6 %). History covers a year from i53 (2024-01-08).
    // Worst in 1 year: i53 (−1.04 %): the −5 % of 2023-01-09 is within the year (horizon 2023-01-08) → no.
    // i54 (−3 %, 2024-01-15): the only lower week, 2023-01-09, is before the horizon 2023-01-15 → fires.
    // i56 (−6 %, 2024-01-29): lowest on record → fires. Best in 1 year: i55 (+4 %, 2024-01-22) only.
    private static AlertSeries RankSeries()
    {
        var c = new double[57];
        c[0] = 100;
        c[1] = 95;
        for (var i = 2; i <= 53; i++)
        {
            c[i] = i % 2 == 0 ? 96 : 95;
        }

        c[54] = c[53] * 0.97;
        c[55] = c[54] * 1.04;
        c[56] = c[55] * 0.94;
        return new AlertSeries(Weekly(57), c);
    }

    [Fact]
    public void ReturnRankWorst_WorstWeekInAYear_On0115And0129()
    {
        var events = Run("return-rank:1w:1y", RankSeries());

        Assert.Equal([D("2024-01-15"), D("2024-01-29")], events.Select(e => e.Date));
        Assert.Equal(-0.03, events[0].Value, 1e-12);
        Assert.Equal(-0.06, events[1].Value, 1e-12);
        Assert.Contains("lowest since 2023-01-09", events[0].Description, StringComparison.Ordinal);
        Assert.Contains("lowest on record", events[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnRankBest_BestWeekInAYear_On0122()
    {
        var e = Assert.Single(Run("return-rank:1w:best", RankSeries()));

        Assert.Equal((D("2024-01-22"), "return-rank-best"), (e.Date, e.Kind));
        Assert.Equal(0.04, e.Value, 1e-12);
    }

    [Fact]
    public void ReturnRank_After_RanksOnlyNewSessions()
    {
        Assert.Equal([D("2024-01-29")], Run("return-rank:1w:1y", RankSeries(), after: D("2024-01-22")).Select(e => e.Date));
    }

    // Daily flows in $M: −100 (M), −650 (M), −200, −300, −500, missing, −800, −100, +50; M = modelled.
    // Real only, 2 sessions: i1, i2 include a modelled day; i3 −500; i4 −800 < −700 → fires (Fri 01-05);
    // i5, i6 include the missing day; i7 −900 → fires again (Wed 01-10) since i6 had no sum; i8 −50.
    // With :modelled: i1 −750 fires (modelled), i2 −850 was already below, i4 and i7 as before.
    private static AlertSeries FlowSeries()
    {
        var dates = TestDates.Weekdays(9);
        double?[] flows = [-100e6, -650e6, -200e6, -300e6, -500e6, null, -800e6, -100e6, 50e6];
        bool[] modelled = [true, true, false, false, false, false, false, false, false];
        return new AlertSeries(dates, [1, 1, 1, 1, 1, 1, 1, 1, 1]) { Flows = new AlertFlows(dates, flows, modelled) };
    }

    [Fact]
    public void FlowBelow_RealOnly_On0105And0110()
    {
        var events = Run("flow-below:-700m:2", FlowSeries());

        Assert.Equal([D("2024-01-05"), D("2024-01-10")], events.Select(e => e.Date));
        Assert.Equal([-800e6, -900e6], events.Select(e => e.Value));
        Assert.All(events, e => Assert.False(e.Modelled));
        Assert.All(events, e => Assert.Contains("real flows", e.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void FlowBelow_ModelledAllowed_AlsoFiresOnTheModelledSumAndSaysSo()
    {
        var events = Run("flow-below:-700m:2:modelled", FlowSeries());

        Assert.Equal([D("2024-01-02"), D("2024-01-05"), D("2024-01-10")], events.Select(e => e.Date));
        Assert.Equal([true, false, false], events.Select(e => e.Modelled));
        Assert.Equal(-750e6, events[0].Value);
        Assert.Contains("MODELLED", events[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void FlowAbove_SingleSession_On0111()
    {
        var e = Assert.Single(Run("flow-above:0", FlowSeries()));

        Assert.Equal((D("2024-01-11"), "flow-above", 50e6), (e.Date, e.Kind, e.Value));
    }

    [Fact]
    public void Flow_NoFlows_NoEvents()
    {
        Assert.Empty(Run("flow-below:-700m", Daily(CrossCloses)));
    }
}
