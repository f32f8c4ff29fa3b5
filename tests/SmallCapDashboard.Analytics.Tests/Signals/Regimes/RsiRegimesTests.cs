using SmallCapDashboard.Analytics.Signals;

namespace SmallCapDashboard.Analytics.Tests.Signals;

public sealed class RsiRegimesTests
{
    //                    0           1           2   3   4   5   6   7   8   9   10  11  12  13  14  15  16
    private static readonly double[] Rsi = [double.NaN, double.NaN, 50, 56, 50, 46, 44, 50, 54, 55, 56, 72, 71, 69, 29, 30, 31];

    [Fact]
    public void Find_HandWorkedSeries_SwitchesOnlyOnCrossingTheFarThreshold()
    {
        // 2: 50 is between 45 and 55 with no regime yet → None
        // 3: 56 > 55 → Upper; 4–5: 50, 46 stay Upper (46 is not below 45)
        // 6: 44 < 45 → Lower; 7–9: 50, 54, 55 stay Lower (55 is not above 55)
        // 10: 56 → Upper through 13; 14: 29 → Lower to the end (open)
        var dates = TestDates.Weekdays(Rsi.Length);

        var result = RsiRegimes.Find(dates, Rsi);

        RsiRegime[] expectedStates =
        [
            RsiRegime.None, RsiRegime.None, RsiRegime.None,
            RsiRegime.Upper, RsiRegime.Upper, RsiRegime.Upper,
            RsiRegime.Lower, RsiRegime.Lower, RsiRegime.Lower, RsiRegime.Lower,
            RsiRegime.Upper, RsiRegime.Upper, RsiRegime.Upper, RsiRegime.Upper,
            RsiRegime.Lower, RsiRegime.Lower, RsiRegime.Lower,
        ];
        Assert.Equal(expectedStates, result.States);
        Assert.Equal(
            [
                new RsiInterval(RsiZone.UpperRegime, dates[3], dates[5], 3, 5, false),
                new RsiInterval(RsiZone.LowerRegime, dates[6], dates[9], 6, 9, false),
                new RsiInterval(RsiZone.UpperRegime, dates[10], dates[13], 10, 13, false),
                new RsiInterval(RsiZone.LowerRegime, dates[14], dates[16], 14, 16, true),
            ],
            result.Regimes);
    }

    [Fact]
    public void Find_HandWorkedSeries_BandsAtSeventyAndThirtyInclusive()
    {
        // ≥ 70 on 11 (72) and 12 (71); ≤ 30 on 14 (29) and 15 (30, inclusive); 16 (31) is out
        var dates = TestDates.Weekdays(Rsi.Length);

        var result = RsiRegimes.Find(dates, Rsi);

        Assert.Equal([new RsiInterval(RsiZone.Overbought, dates[11], dates[12], 11, 12, false)], result.Overbought);
        Assert.Equal([new RsiInterval(RsiZone.Oversold, dates[14], dates[15], 14, 15, false)], result.Oversold);
        Assert.Equal(2, result.Overbought[0].Sessions);
    }

    [Fact]
    public void Find_CustomThresholds_Applied()
    {
        // With 60/40 hysteresis the 56 on index 3 no longer starts a regime; 44 on 6 is not below 40 either.
        // Nothing starts until 72 on 11 (> 60, Upper), then 29 on 14 (< 40, Lower). Bands 75/25: none reached.
        var dates = TestDates.Weekdays(Rsi.Length);
        var options = new RsiRegimeOptions { UpperEnter = 60, LowerEnter = 40, Overbought = 75, Oversold = 25 };

        var result = RsiRegimes.Find(dates, Rsi, options);

        Assert.Equal(
            [
                new RsiInterval(RsiZone.UpperRegime, dates[11], dates[13], 11, 13, false),
                new RsiInterval(RsiZone.LowerRegime, dates[14], dates[16], 14, 16, true),
            ],
            result.Regimes);
        Assert.Empty(result.Overbought);
        Assert.Empty(result.Oversold);
    }

    [Fact]
    public void Find_LowerAboveUpper_ThrowsNamingLowerEnter()
    {
        var options = new RsiRegimeOptions { UpperEnter = 40, LowerEnter = 60 };

        var ex = Assert.Throws<ArgumentException>(() => RsiRegimes.Find(TestDates.Weekdays(1), [50], options));

        Assert.Equal("LowerEnter", ex.ParamName);
    }

    [Fact]
    public void Find_ThresholdOutsideScale_ThrowsNamingIt()
    {
        var options = new RsiRegimeOptions { Overbought = 170 };

        var ex = Assert.Throws<ArgumentException>(() => RsiRegimes.Find(TestDates.Weekdays(1), [50], options));

        Assert.Equal("Overbought", ex.ParamName);
    }

    [Fact]
    public void Find_Empty_NoIntervals()
    {
        var result = RsiRegimes.Find([], []);

        Assert.Empty(result.States);
        Assert.Empty(result.Regimes);
    }
}
