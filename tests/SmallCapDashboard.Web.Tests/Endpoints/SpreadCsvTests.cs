using System.Globalization;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Endpoints;

/// <summary>
/// The spread CSV against returns worked out from the synthetic closes' formula (<see cref="TestMarket.Close"/>):
/// base = the last close before <c>from</c>; return = close/base − 1; spread = (small − large) × 100; ratio =
/// (small/large) / (small/large at the base).
/// </summary>
[Collection(DashboardCollection.Name)]
public class SpreadCsvTests(DashboardFactory factory)
{
    [Theory]
    [InlineData("price")]
    [InlineData("total")]
    public async Task Export_FixedWindow_MatchesHandComputedReturns(string basis)
    {
        var csv = await factory.CreateClient().GetStringAsync($"/export/spread.csv?small=IWM&large=SPY&from=2015-01-01&to=2015-12-31&basis={basis}");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Date,SmallReturn,LargeReturn,Spread,Ratio", lines[0]);

        var days = TestMarket.Weekdays(TestMarket.End);
        var b = days.IndexOf(new DateOnly(2014, 12, 31));
        var last = days.IndexOf(new DateOnly(2015, 12, 31));
        Assert.Equal(last - b + 1, lines.Length - 1);
        double Value(string s, int i) => TestMarket.Close(s, i) * (basis == "total" ? TestMarket.Factor(i) : 1.0);
        for (var i = b; i <= last; i++)
        {
            var cells = lines[i - b + 1].Split(',');
            Assert.Equal(days[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cells[0]);
            var small = Value("IWM", i) / Value("IWM", b) - 1;
            var large = Value("SPY", i) / Value("SPY", b) - 1;
            var ratio = (Value("IWM", i) / Value("SPY", i)) / (Value("IWM", b) / Value("SPY", b));
            Assert.Equal(small, Parse(cells[1]), 1e-12);
            Assert.Equal(large, Parse(cells[2]), 1e-12);
            Assert.Equal((small - large) * 100, Parse(cells[3]), 1e-10);
            Assert.Equal(ratio, Parse(cells[4]), 1e-12);
        }
    }

    [Fact]
    public async Task Export_Ytd_BaseIsLastCloseOfPreviousYear()
    {
        var csv = await factory.CreateClient().GetStringAsync("/export/spread.csv?small=IJR&large=QQQ&range=ytd&asof=2020-06-30");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // 2019-12-31 is a Tuesday, so it is the last weekday close of 2019; 2020-06-30 is a Tuesday too.
        Assert.StartsWith("2019-12-31,0,0,0,1", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2020-06-30,", lines[^1], StringComparison.Ordinal);
        var days = TestMarket.Weekdays(TestMarket.End);
        int b = days.IndexOf(new DateOnly(2019, 12, 31)), e = days.IndexOf(new DateOnly(2020, 6, 30));
        var expected = TestMarket.Close("IJR", e) / TestMarket.Close("IJR", b) - 1;
        Assert.Equal(expected, Parse(lines[^1].Split(',')[1]), 12);
    }

    [Fact]
    public async Task Export_UnknownSymbol_NotFoundWithReason()
    {
        var response = await factory.CreateClient().GetAsync("/export/spread.csv?small=ZZZZ&large=SPY");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("small", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Drawdowns_HandComputedFromRunningMaximum()
    {
        var csv = await factory.CreateClient().GetStringAsync("/export/spread-drawdowns.csv?small=IWM&large=SPY&from=2016-01-01&to=2016-03-31");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Date,IWM,SPY", lines[0]);
        var days = TestMarket.Weekdays(TestMarket.End);
        var row = lines[^1].Split(',');
        var e = days.IndexOf(DateOnly.Parse(row[0], CultureInfo.InvariantCulture));
        var peak = 0.0;
        for (var i = 0; i <= e; i++)
        {
            peak = Math.Max(peak, TestMarket.Close("IWM", i));
        }

        Assert.Equal(TestMarket.Close("IWM", e) / peak - 1, Parse(row[1]), 12);
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
