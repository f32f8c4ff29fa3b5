using SmallCapDashboard.Analytics.Indicators;

namespace SmallCapDashboard.Analytics.Tests.Indicators;

/// <summary>Empty input, input shorter than the period, single points, invalid arguments.</summary>
public sealed class IndicatorEdgeCaseTests
{
    public static TheoryData<string> Names => ["Sma", "Ema", "Rsi", "Macd", "Bollinger", "RealisedVolatility"];

    /// <summary>Runs the named indicator with a period of <paramref name="period"/> and returns every output array.</summary>
    private static double[][] Run(string name, double[] values, int period) => name switch
    {
        "Sma" => [Sma.Calculate(values, period)],
        "Ema" => [Ema.Calculate(values, period)],
        "Rsi" => [Rsi.Calculate(values, period)],
        "Macd" => Outputs(Macd.Calculate(values, period, period + 1, period)),
        "Bollinger" => Outputs(Bollinger.Calculate(values, period, 2.0)),
        "RealisedVolatility" => [RealisedVolatility.Calculate(values, Math.Max(period, 2))],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static double[][] Outputs(MacdResult r) => [r.Line, r.Signal, r.Histogram];

    private static double[][] Outputs(BollingerResult r) => [r.Upper, r.Middle, r.Lower];

    [Theory]
    [MemberData(nameof(Names))]
    public void Calculate_EmptySeries_ReturnsEmpty(string name)
    {
        foreach (var output in Run(name, [], 5))
        {
            Assert.Empty(output);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Calculate_ShorterThanPeriod_AllNaNSameLength(string name)
    {
        double[] values = [10, 11, 12];

        foreach (var output in Run(name, values, 5))
        {
            Assert.Equal(3, output.Length);
            Assert.All(output, v => Assert.True(double.IsNaN(v)));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Calculate_NaNInput_ThrowsNamingValues(string name)
    {
        double[] values = [10, 11, 12, 13, 14, double.NaN, 15, 16, 17, 18, 19, 20];

        var ex = Assert.ThrowsAny<ArgumentException>(() => Run(name, values, 3));

        Assert.Equal("values", ex.ParamName);
        Assert.Contains("values[5]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Calculate_NonPositivePrice_ThrowsNamingValues(string name)
    {
        double[] values = [10, 11, 12, 0, 14, 15, 16, 17];

        var ex = Assert.ThrowsAny<ArgumentException>(() => Run(name, values, 3));

        Assert.Equal("values", ex.ParamName);
        Assert.Contains("values[3]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Calculate_BadValueInSeriesShorterThanPeriod_Throws(string name)
    {
        // The bad value sits in a series shorter than the period: it is never used, but still refused.
        double[] values = [10, -1];

        Assert.ThrowsAny<ArgumentException>(() => Run(name, values, 5));
    }

    [Fact]
    public void Sma_PeriodZero_ThrowsNamingPeriod()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Sma.Calculate([1.0, 2.0], 0));
        Assert.Equal("period", ex.ParamName);
    }

    [Fact]
    public void Ema_PeriodZero_ThrowsNamingPeriod()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ema.Calculate([1.0, 2.0], 0));
        Assert.Equal("period", ex.ParamName);
    }

    [Fact]
    public void Rsi_PeriodZero_ThrowsNamingPeriod()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Rsi.Calculate([1.0, 2.0], 0));
        Assert.Equal("period", ex.ParamName);
    }

    [Theory]
    [InlineData(0, 26, 9, "fastPeriod")]
    [InlineData(12, 0, 9, "slowPeriod")]
    [InlineData(12, 26, 0, "signalPeriod")]
    public void Macd_PeriodZero_ThrowsNamingIt(int fast, int slow, int signal, string expected)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Macd.Calculate([1.0, 2.0], fast, slow, signal));
        Assert.Equal(expected, ex.ParamName);
    }

    [Theory]
    [InlineData(0, 2.0, "period")]
    [InlineData(20, -0.5, "k")]
    [InlineData(20, double.NaN, "k")]
    public void Bollinger_InvalidArgument_ThrowsNamingIt(int period, double k, string expected)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Bollinger.Calculate([1.0, 2.0], period, k));
        Assert.Equal(expected, ex.ParamName);
    }

    [Theory]
    [InlineData(1, 252, "returns")]
    [InlineData(5, 0, "periodsPerYear")]
    public void RealisedVolatility_InvalidArgument_ThrowsNamingIt(int returns, double perYear, string expected)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RealisedVolatility.Calculate([1.0, 2.0], returns, perYear));
        Assert.Equal(expected, ex.ParamName);
    }

    [Fact]
    public void Sma_SinglePointPeriodOne_IsThePoint()
    {
        Assert.Equal([42.5], Sma.Calculate([42.5], 1));
    }

    [Fact]
    public void Ema_SinglePointPeriodOne_IsThePoint()
    {
        // α = 2 / (1 + 1) = 1: the EMA(1) is the series itself.
        Assert.Equal([42.5], Ema.Calculate([42.5], 1));
    }

    [Fact]
    public void Rsi_SinglePoint_IsWarmUp()
    {
        Assert.True(double.IsNaN(Rsi.Calculate([42.5], 1)[0]));
    }

    [Fact]
    public void Bollinger_SinglePointPeriodOne_ZeroWidthAtThePoint()
    {
        var r = Bollinger.Calculate([42.5], 1, 2.0);
        Assert.Equal(42.5, r.Middle[0]);
        Assert.Equal(42.5, r.Upper[0]);
        Assert.Equal(42.5, r.Lower[0]);
    }
}
