using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Tests.Reference;

namespace SmallCapDashboard.Analytics.Tests.Indicators;

/// <summary>Every value against TA-Lib's outputs in ../shared/data/reference (1e-9 absolute, same empty cells).</summary>
public sealed class IndicatorParityTests(ReferenceFixture reference) : IClassFixture<ReferenceFixture>
{
    [Theory]
    [InlineData("SYNA", 10)]
    [InlineData("SYNA", 50)]
    [InlineData("SYNA", 200)]
    [InlineData("SYNB", 10)]
    [InlineData("SYNB", 50)]
    [InlineData("SYNB", 200)]
    public void Sma_ReferenceSet_MatchesTaLib(string set, int period)
    {
        var data = reference[set];
        var table = period switch { 10 => data.Sma10, 50 => data.Sma50, _ => data.Sma200 };

        var actual = Sma.Calculate(data.Close, period);

        SeriesAssert.Equal(table[$"SMA_{period}"], actual, data.Dates, $"{set} SMA({period})");
    }

    [Theory]
    [InlineData("SYNA", 50)]
    [InlineData("SYNB", 200)]
    public void SmaInto_ReusedBuffer_MatchesTaLib(string set, int period)
    {
        var data = reference[set];
        var table = period == 50 ? data.Sma50 : data.Sma200;
        // A buffer left dirty by other work: every cell, warm-up included, must be overwritten.
        var buffer = new double[data.Close.Length];
        Array.Fill(buffer, 12345.0);

        Sma.CalculateInto(data.Close, period, buffer);

        SeriesAssert.Equal(table[$"SMA_{period}"], buffer, data.Dates, $"{set} SMA({period}) into a buffer");
    }

    [Fact]
    public void SmaInto_ShortDestination_ThrowsNamingDestination()
    {
        var ex = Assert.Throws<ArgumentException>(() => Sma.CalculateInto([1.0, 2.0, 3.0], 2, new double[2]));
        Assert.Equal("destination", ex.ParamName);
    }

    [Theory]
    [InlineData("SYNA")]
    [InlineData("SYNB")]
    public void Ema_ReferenceSet_MatchesTaLib(string set)
    {
        var data = reference[set];

        var actual = Ema.Calculate(data.Close, 20);

        SeriesAssert.Equal(data.Ema20["EMA_20"], actual, data.Dates, $"{set} EMA(20)");
    }

    [Theory]
    [InlineData("SYNA")]
    [InlineData("SYNB")]
    public void Rsi_ReferenceSet_MatchesTaLib(string set)
    {
        var data = reference[set];

        var actual = Rsi.Calculate(data.Close, 14);

        SeriesAssert.Equal(data.Rsi14["RSI_14"], actual, data.Dates, $"{set} RSI(14)");
        Assert.True(double.IsNaN(actual[13]) && !double.IsNaN(actual[14]), "RSI(14) starts at row 14");
    }

    [Theory]
    [InlineData("SYNA")]
    [InlineData("SYNB")]
    public void Macd_ReferenceSet_MatchesTextbookReference(string set)
    {
        var data = reference[set];

        var actual = Macd.Calculate(data.Close, 12, 26, 9);

        SeriesAssert.Equal(data.MacdStd["MACD"], actual.Line, data.Dates, $"{set} MACD line");
        SeriesAssert.Equal(data.MacdStd["Signal"], actual.Signal, data.Dates, $"{set} MACD signal");
        SeriesAssert.Equal(data.MacdStd["Histogram"], actual.Histogram, data.Dates, $"{set} MACD histogram");
        Assert.True(double.IsNaN(actual.Line[24]) && !double.IsNaN(actual.Line[25]), "line starts at row 25");
        Assert.True(double.IsNaN(actual.Signal[32]) && !double.IsNaN(actual.Signal[33]), "signal starts at row 33");
    }

    [Theory]
    [InlineData("SYNA")]
    [InlineData("SYNB")]
    public void Bollinger_ReferenceSet_MatchesTwoPassReference(string set)
    {
        var data = reference[set];

        var actual = Bollinger.Calculate(data.Close, 20, 2.0);

        SeriesAssert.Equal(data.BollingerTwoPass["Upper"], actual.Upper, data.Dates, $"{set} BB upper");
        SeriesAssert.Equal(data.BollingerTwoPass["Middle"], actual.Middle, data.Dates, $"{set} BB middle");
        SeriesAssert.Equal(data.BollingerTwoPass["Lower"], actual.Lower, data.Dates, $"{set} BB lower");
    }

    [Fact]
    public void Bollinger_SynaFlatStretch_WidthZeroOnWindowsWhollyInside()
    {
        var data = reference["SYNA"];
        var firstNamed = Array.IndexOf(data.Dates, new DateOnly(2020, 6, 12));
        var last = Array.IndexOf(data.Dates, new DateOnly(2020, 6, 26));
        Assert.Equal(1419, firstNamed);
        Assert.Equal(1429, last);

        // Closes are flat on 0-based rows 1399–1429, so the 20-row windows ending at 1418..1429 lie wholly
        // inside (the issue names 2020-06-12..2020-06-26; the window ending 2020-06-11 is inside as well).
        for (var i = 1399; i <= 1429; i++)
        {
            Assert.Equal(data.Close[1399], data.Close[i]);
        }

        Assert.NotEqual(data.Close[1399], data.Close[1398]);

        var actual = Bollinger.Calculate(data.Close, 20, 2.0);

        for (var i = 1418; i <= last; i++)
        {
            var width = actual.Upper[i] - actual.Lower[i];
            Assert.True(width <= 1e-9, $"width {width:E2} at {data.Dates[i]:yyyy-MM-dd}");
            Assert.True(Math.Abs(actual.Middle[i] - data.Close[1399]) <= 1e-9);
        }

        // The window ending just before (row 1417) still holds row 1398's different close.
        Assert.True(actual.Upper[1417] - actual.Lower[1417] > 1e-3);
    }

    [Theory]
    [InlineData("SYNA")]
    [InlineData("SYNB")]
    public void BollingerInto_ReusedBuffers_MatchesTwoPassReference(string set)
    {
        var data = reference[set];
        var n = data.Close.Length;
        var bands = new BollingerResult(new double[n], new double[n], new double[n]);
        Array.Fill(bands.Upper, -1.0);
        Array.Fill(bands.Middle, -1.0);
        Array.Fill(bands.Lower, -1.0);

        Bollinger.CalculateInto(data.Close, bands, 20, 2.0);

        SeriesAssert.Equal(data.BollingerTwoPass["Upper"], bands.Upper, data.Dates, $"{set} BB upper into buffers");
        SeriesAssert.Equal(data.BollingerTwoPass["Middle"], bands.Middle, data.Dates, $"{set} BB middle into buffers");
        SeriesAssert.Equal(data.BollingerTwoPass["Lower"], bands.Lower, data.Dates, $"{set} BB lower into buffers");
    }
}
