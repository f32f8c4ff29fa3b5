using System.Globalization;
using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Services.Overview;

/// <summary>
/// The overview's readouts over the real bundle, each expected value recomputed here by hand loops over
/// <c>data/bundle/prices/*.csv</c> (the price basis is the Close column) or quoted from the README.
/// </summary>
public class OverviewReadoutTests : BundlePageContext
{
    private const string Ready = "[data-testid=overview-readouts]";

    private static List<(DateOnly Date, double Close)> Closes(string symbol) =>
        File.ReadAllLines(Path.Combine(BundleDatabase.Folder, "prices", symbol + ".csv")).Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(f => (DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture)))
            .ToList();

    private static double HandSma(List<(DateOnly Date, double Close)> bars, int end, int period)
    {
        var sum = 0.0;
        for (var i = end - period + 1; i <= end; i++)
        {
            sum += bars[i].Close;
        }

        return sum / period;
    }

    private static string Pct(double x) => (x >= 0 ? "+" : "−") + Math.Abs(x * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    private static string Cell(IRenderedComponent<Home> cut, string symbol, string q) =>
        Text(cut.Find($"tr[data-readout={symbol}] td[data-q={q}]"));

    [Fact]
    public void Render_AsOf20170817_IwmYtdIsTheReadmeFigure()
    {
        // README: price-basis YTD returns to 2017-08-17: IWM +0.06%, SPY +8.75%.
        var cut = RenderAt<Home>("/?asof=2017-08-17", Ready);

        Assert.Equal("+0.06 %", Cell(cut, "IWM", "return"));
        Assert.Equal("+8.75 %", Cell(cut, "SPY", "return"));
        Assert.Contains("2017-08-17", cut.Find("[data-testid=overview-asof]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ThreeYears_IwmTroughIs20231027()
    {
        // 3Y as of 2025-12-24: the base close is the last close on or before 2022-12-24; the trough is the lowest
        // close after it (2023-10-27, the low of that move).
        var bars = Closes("IWM");
        var baseIndex = bars.FindLastIndex(b => b.Date <= new DateOnly(2022, 12, 24));
        var low = bars.Skip(baseIndex + 1).MinBy(b => b.Close);
        Assert.Equal(new DateOnly(2023, 10, 27), low.Date);

        var cut = RenderAt<Home>("/?range=3y", Ready);

        Assert.Equal("2023-10-27", cut.Find("tr[data-readout=IWM] [data-testid=low-date]").TextContent.Trim());
        var high = bars.Skip(baseIndex + 1).MaxBy(b => b.Close);
        Assert.Equal(Pct(bars[^1].Close / high.Close - 1), Cell(cut, "IWM", "from-high"));
    }

    [Theory]
    [InlineData("IWM")]
    [InlineData("SPY")]
    public void Render_Latest_DistanceFromFiftyAndTwoHundredDayAverages(string symbol)
    {
        var bars = Closes(symbol);
        var asOf = Closes("IWM")[^1].Date; // IWM and SPY share their last date
        var end = bars.FindLastIndex(b => b.Date <= asOf);
        var close = bars[end].Close;

        var cut = RenderAt<Home>("/", Ready);

        Assert.Equal(Pct(close / HandSma(bars, end, 50) - 1), Cell(cut, symbol, "sma50"));
        Assert.Equal(Pct(close / HandSma(bars, end, 200) - 1), Cell(cut, symbol, "sma200"));
        Assert.Contains($"/indicators?symbol={symbol}&ma=50,200&range=ytd", cut.Find($"tr[data-readout={symbol}] td[data-q=sma200] a").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AsOf20170817_Latest50Over200CrossFromAHandLoop()
    {
        // The last day up to as-of when the sign of SMA50 − SMA200 turned (no cross on the first day both exist).
        var bars = Closes("IWM");
        var end = bars.FindLastIndex(b => b.Date <= new DateOnly(2017, 8, 17));
        DateOnly? last = null;
        var type = "";
        var previous = 0;
        for (var i = 199; i <= end; i++)
        {
            var slow = HandSma(bars, i, 200);
            var d = HandSma(bars, i, 50) - slow;
            var sign = Math.Abs(d) <= 1e-9 * slow ? 0 : Math.Sign(d);
            if (sign != 0)
            {
                if (previous != 0 && sign != previous)
                {
                    last = bars[i].Date;
                    type = sign > 0 ? "golden" : "death";
                }

                previous = sign;
            }
        }

        var cut = RenderAt<Home>("/?asof=2017-08-17", Ready);

        Assert.NotNull(last);
        Assert.Equal($"{type} {last:yyyy-MM-dd}", Cell(cut, "IWM", "cross-50-200"));
        Assert.StartsWith("/indicators?symbol=IWM&ma=50,200&from=", cut.Find("tr[data-readout=IWM] td[data-q=cross-50-200] a").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AsOf20170817_RsiFromAWilderHandLoop()
    {
        // RSI(14), Wilder: the first average gain/loss is the mean of the first 14 changes, then avg = (avg·13 + x)/14.
        var bars = Closes("IWM");
        var end = bars.FindLastIndex(b => b.Date <= new DateOnly(2017, 8, 17));
        double gain = 0, loss = 0;
        for (var i = 1; i <= 14; i++)
        {
            var c = bars[i].Close - bars[i - 1].Close;
            gain += Math.Max(c, 0);
            loss += Math.Max(-c, 0);
        }

        gain /= 14;
        loss /= 14;
        for (var i = 15; i <= end; i++)
        {
            var c = bars[i].Close - bars[i - 1].Close;
            gain = (gain * 13 + Math.Max(c, 0)) / 14;
            loss = (loss * 13 + Math.Max(-c, 0)) / 14;
        }

        var rsi = 100 - 100 / (1 + gain / loss);

        var cut = RenderAt<Home>("/?asof=2017-08-17", Ready);

        Assert.StartsWith(rsi.ToString("0.0", CultureInfo.InvariantCulture) + " ", Cell(cut, "IWM", "rsi"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SaturdayAsOf_SnapsAndSaysSo()
    {
        // 2017-08-19 is a Saturday: the overview is as of Friday 2017-08-18.
        var cut = RenderAt<Home>("/?asof=2017-08-19", Ready);

        Assert.Contains("2017-08-18", Text(cut.Find("[data-testid=query-notices]")), StringComparison.Ordinal);
        Assert.Contains("2017-08-18", cut.Find("[data-testid=overview-asof]").TextContent, StringComparison.Ordinal);
    }
}
