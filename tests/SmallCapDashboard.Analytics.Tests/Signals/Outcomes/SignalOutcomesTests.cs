using SmallCapDashboard.Analytics.Signals;

namespace SmallCapDashboard.Analytics.Tests.Signals;

public sealed class SignalOutcomesTests
{
    private static readonly DateOnly[] Dates =
    [
        new(2024, 1, 31), new(2024, 2, 15), new(2024, 2, 29), new(2024, 3, 1),
        new(2024, 4, 30), new(2024, 5, 1), new(2024, 7, 31), new(2024, 8, 1),
    ];

    private static readonly double[] Closes = [100, 105, 110, 108, 120, 90, 130, 125];

    private static readonly SignalPoint[] Signals =
    [
        new(new DateOnly(2024, 1, 31), SignalKind.GoldenCross),
        new(new DateOnly(2024, 2, 15), SignalKind.DeathCross),
        new(new DateOnly(2024, 5, 1), SignalKind.GoldenCross),
    ];

    [Fact]
    public void ForwardReturns_HandWorked_CalendarMonthsToLastCloseOnOrBefore()
    {
        var o = SignalOutcomes.ForwardReturns(Dates, Closes, Signals);

        // Golden 2024-01-31 at 100: +1M = 2024-02-29 (leap year) → 110: +10 %; +3M = 2024-04-30 → 120: +20 %;
        // +6M = 2024-07-31 → 130: +30 %.
        Assert.Equal(0, o[0].Index);
        Assert.Equal(0.10, o[0].Return1M!.Value, 1e-12);
        Assert.Equal(0.20, o[0].Return3M!.Value, 1e-12);
        Assert.Equal(0.30, o[0].Return6M!.Value, 1e-12);

        // Death 2024-02-15 at 105: +1M = 2024-03-15, last close on or before is 2024-03-01 (108): 108/105 − 1;
        // +3M = 2024-05-15 → 2024-05-01 (90): 90/105 − 1; +6M = 2024-08-15 is after the last date → null.
        Assert.Equal((108.0 / 105.0) - 1, o[1].Return1M!.Value, 1e-12);
        Assert.Equal((90.0 / 105.0) - 1, o[1].Return3M!.Value, 1e-12);
        Assert.Null(o[1].Return6M);

        // Golden 2024-05-01 at 90: +1M = 2024-06-01, last close on or before is the signal day itself: 0;
        // +3M = 2024-08-01 (the last date, still inside) → 125: 125/90 − 1; +6M → null.
        Assert.Equal(0.0, o[2].Return1M!.Value);
        Assert.Equal((125.0 / 90.0) - 1, o[2].Return3M!.Value, 1e-12);
        Assert.Null(o[2].Return6M);
    }

    [Fact]
    public void HitRates_HandWorked_ExpectedSignPerKind()
    {
        var rates = SignalOutcomes.HitRates(SignalOutcomes.ForwardReturns(Dates, Closes, Signals));

        // Golden (hit = return > 0): 1M returns +0.10 and 0 → 1 hit of 2 (0 is not a hit), mean 0.05;
        // 3M +0.20 and +0.3889 → 2 of 2; 6M +0.30 → 1 of 1.
        // Death (hit = return < 0): 1M +0.0286 → 0 of 1; 3M −0.1429 → 1 of 1; 6M none evaluated → rate null.
        Assert.Equal(6, rates.Count);
        var g1 = rates.Single(r => r is { Kind: SignalKind.GoldenCross, Horizon: ForwardHorizon.OneMonth });
        Assert.Equal((2, 2, 1), (g1.Signals, g1.Evaluated, g1.Hits));
        Assert.Equal(0.5, g1.Rate);
        Assert.Equal(0.05, g1.MeanReturn!.Value, 1e-12);
        var g3 = rates.Single(r => r is { Kind: SignalKind.GoldenCross, Horizon: ForwardHorizon.ThreeMonths });
        Assert.Equal(1.0, g3.Rate);
        var g6 = rates.Single(r => r is { Kind: SignalKind.GoldenCross, Horizon: ForwardHorizon.SixMonths });
        Assert.Equal((1, 1), (g6.Evaluated, g6.Hits));
        var d1 = rates.Single(r => r is { Kind: SignalKind.DeathCross, Horizon: ForwardHorizon.OneMonth });
        Assert.Equal(0.0, d1.Rate);
        var d3 = rates.Single(r => r is { Kind: SignalKind.DeathCross, Horizon: ForwardHorizon.ThreeMonths });
        Assert.Equal(1.0, d3.Rate);
        var d6 = rates.Single(r => r is { Kind: SignalKind.DeathCross, Horizon: ForwardHorizon.SixMonths });
        Assert.Equal((1, 0, 0), (d6.Signals, d6.Evaluated, d6.Hits));
        Assert.Null(d6.Rate);
        Assert.Null(d6.MeanReturn);
    }

    [Fact]
    public void ForwardReturns_SignalDateNotASession_ThrowsNamingSignals()
    {
        SignalPoint[] bad = [new(new DateOnly(2024, 2, 1), SignalKind.UpperRegime)];

        var ex = Assert.Throws<ArgumentException>(() => SignalOutcomes.ForwardReturns(Dates, Closes, bad));

        Assert.Equal("signals", ex.ParamName);
        Assert.Contains("2024-02-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HitRates_LabelledPairs_CountedApart()
    {
        // Golden 10/50 on 2024-01-31 (1M +10 %: hit) and golden 50/200 on 2024-05-01 (1M 0: no hit):
        // two rows for 1M, one per pair, each with one signal — not one row with 1 hit of 2.
        SignalPoint[] labelled =
        [
            new(new DateOnly(2024, 1, 31), SignalKind.GoldenCross, "10/50"),
            new(new DateOnly(2024, 5, 1), SignalKind.GoldenCross, "50/200"),
        ];

        var rates = SignalOutcomes.HitRates(SignalOutcomes.ForwardReturns(Dates, Closes, labelled));

        Assert.Equal(6, rates.Count);
        var short1 = Assert.Single(rates, r => r is { Label: "10/50", Horizon: ForwardHorizon.OneMonth });
        Assert.Equal((1, 1, 1), (short1.Signals, short1.Evaluated, short1.Hits));
        var long1 = Assert.Single(rates, r => r is { Label: "50/200", Horizon: ForwardHorizon.OneMonth });
        Assert.Equal((1, 1, 0), (long1.Signals, long1.Evaluated, long1.Hits));
        Assert.Equal("10/50", rates[0].Label);
    }

    [Fact]
    public void SignalPoints_FromFinders_UseCrossDateRegimeStartAndConfirmation()
    {
        var dates = TestDates.Weekdays(9);
        var crosses = new[] { new CrossEvent(dates[1], 1, CrossType.Death, 9, 10) };
        var regimes = RsiRegimes.Find(dates, [50, 56, 56, 44, 44, 44, 44, 44, 44]);
        var divergence = new Divergence(DivergenceType.Bearish, 2, dates[2], 6, dates[6], 8, dates[8], 13, 14, 70, 65);

        Assert.Equal([new SignalPoint(dates[1], SignalKind.DeathCross)], SignalPoints.FromCrosses(crosses));
        Assert.Equal([new SignalPoint(dates[1], SignalKind.DeathCross, "10/50")], SignalPoints.FromCrosses(crosses, "10/50"));
        Assert.Equal(
            [new SignalPoint(dates[1], SignalKind.UpperRegime), new SignalPoint(dates[3], SignalKind.LowerRegime)],
            SignalPoints.FromRegimes(regimes));
        Assert.Equal([new SignalPoint(dates[8], SignalKind.BearishDivergence)], SignalPoints.FromDivergences([divergence]));
    }
}
