using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Url;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Url;

public class ViewWindowTests
{
    private static (ViewWindow Window, IReadOnlyList<QueryNotice> Notices) Read(string uri)
    {
        var reader = QueryReader.FromUri(uri);
        var w = ViewWindow.Read(reader);
        return (w, reader.Notices);
    }

    [Theory]
    [InlineData("1w", Period.W1)]
    [InlineData("YTD", Period.Ytd)]
    [InlineData("10y", Period.Y10)]
    [InlineData("max", Period.Max)]
    public void Read_ValidRange_ParsesWithoutNotice(string token, Period expected)
    {
        var (w, notices) = Read("/spread?range=" + token);
        Assert.Equal(expected, w.Range);
        Assert.Empty(notices);
    }

    [Fact]
    public void Read_UnknownRange_DefaultsToOneYearWithNotice()
    {
        var (w, notices) = Read("/spread?range=2q");
        Assert.Equal(Period.Y1, w.Range);
        var n = Assert.Single(notices);
        Assert.Equal("range", n.Parameter);
        Assert.Contains("'2q'", n.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FromAfterTo_FallsBackToPresetWithNotice()
    {
        var (w, notices) = Read("/spread?from=2020-05-01&to=2020-01-01");
        Assert.False(w.IsCustom);
        Assert.Equal(Period.Y1, w.Range);
        Assert.Contains(notices, n => n.Parameter == "from");
    }

    [Fact]
    public void Read_FromAndTo_ClearRangeAndKeepDates()
    {
        var (w, notices) = Read("/spread?from=2017-01-01&to=2017-08-17&asof=2017-08-17&basis=total");
        Assert.Null(w.Range);
        Assert.Equal(new DateOnly(2017, 1, 1), w.From);
        Assert.Equal(new DateOnly(2017, 8, 17), w.To);
        Assert.Equal(new DateOnly(2017, 8, 17), w.AsOf);
        Assert.Equal(PriceBasis.Total, w.Basis);
        Assert.Empty(notices);
    }

    [Theory]
    [InlineData("asof=2017-02-30")]
    [InlineData("asof=17-08-2017")]
    [InlineData("asof=1800-01-01")]
    public void Read_BadAsOf_IgnoredWithNotice(string query)
    {
        var (w, notices) = Read("/spread?" + query);
        Assert.Null(w.AsOf);
        Assert.Contains(notices, n => n.Parameter == "asof");
    }

    [Fact]
    public void Read_BadBasis_PriceWithNotice()
    {
        var (w, notices) = Read("/spread?basis=adjusted");
        Assert.Equal(PriceBasis.Price, w.Basis);
        Assert.Contains(notices, n => n.Parameter == "basis");
    }

    [Fact]
    public void Write_CustomWindow_PinsDatesNotRange()
    {
        var w = new ViewWindow(null, new DateOnly(2017, 1, 1), new DateOnly(2017, 8, 17), new DateOnly(2017, 8, 17), PriceBasis.Total);
        var writer = new QueryWriter();
        w.Write(writer);
        Assert.Equal("from=2017-01-01&to=2017-08-17&asof=2017-08-17&basis=total", writer.ToString());
    }

    [Theory]
    [InlineData(Period.W1, "2017-08-10")]
    [InlineData(Period.M1, "2017-07-17")]
    [InlineData(Period.Ytd, "2016-12-31")]
    [InlineData(Period.Y1, "2016-08-17")]
    public void BaseDateLimit_CalendarPeriods_MatchHandDates(Period preset, string expected)
    {
        // As of Thursday 2017-08-17: 1W = 7 calendar days back, 1M = one month back, YTD = last day of 2016.
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Periods.TargetDate(preset, new DateOnly(2017, 8, 17)));
    }
}
