using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Url;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Url;

public class PageQueryTests
{
    [Fact]
    public void SpreadParse_NoQuery_DefaultsWithoutNotice()
    {
        var q = SpreadQuery.Parse("http://x/spread", out var notices);
        Assert.Equal(["IWM", "IJR"], q.Small);
        Assert.Equal(["SPY", "DIA", "QQQ"], q.Large);
        Assert.Equal(Period.Y1, q.Window.Range);
        Assert.Empty(notices);
    }

    [Fact]
    public void SpreadParse_RoundTrip_SameQuery()
    {
        const string query = "range=ytd&asof=2017-08-17&basis=total&small=IWM&large=SPY,QQQ&roll=21";
        var q = SpreadQuery.Parse("/spread?" + query, out var notices);
        Assert.Empty(notices);
        Assert.Equal(query, q.ToQuery());
    }

    [Fact]
    public void SpreadParse_BadSymbolAmongGood_KeepsGoodNamesBad()
    {
        var q = SpreadQuery.Parse("/spread?small=IWM,<script>,ijr", out var notices);
        Assert.Equal(["IWM", "IJR"], q.Small);
        var n = Assert.Single(notices);
        Assert.Equal("small", n.Parameter);
        Assert.Contains("<script>", n.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpreadParse_UnknownParameter_Notice()
    {
        SpreadQuery.Parse("/spread?colour=red", out var notices);
        Assert.Equal("colour", Assert.Single(notices).Parameter);
    }

    [Fact]
    public void IndicatorsParse_RatioSymbol_Accepted()
    {
        var q = IndicatorsQuery.Parse("/indicators?symbol=iwm:spy&ma=10,50", out var notices);
        Assert.Empty(notices);
        Assert.Equal("IWM:SPY", q.Symbol);
        Assert.True(q.IsRatio);
        Assert.Equal([10, 50], q.MovingAverages);
    }

    [Fact]
    public void IndicatorsParse_BadMaEntries_DroppedWithNotices()
    {
        var q = IndicatorsQuery.Parse("/indicators?ma=10,abc,0,50,9999", out var notices);
        Assert.Equal([10, 50], q.MovingAverages);
        Assert.Equal(3, notices.Count);
        Assert.All(notices, n => Assert.Equal("ma", n.Parameter));
    }

    [Fact]
    public void IndicatorsParse_MacdFastNotBelowSlow_DefaultWithNotice()
    {
        var q = IndicatorsQuery.Parse("/indicators?macd=26,12,9", out var notices);
        Assert.Equal((12, 26, 9), (q.MacdFast, q.MacdSlow, q.MacdSignal));
        Assert.Contains(notices, n => n.Parameter == "macd");
    }

    [Fact]
    public void IndicatorsParse_RoundTrip_SameQuery()
    {
        const string query = "from=2014-01-01&to=2015-06-30&symbol=IWM:SPY&ma=50,200&rsi=10&macd=5,35,5&bb=30&style=candles&log=true&freq=weekly";
        var q = IndicatorsQuery.Parse("/indicators?" + query, out var notices);
        Assert.Empty(notices);
        Assert.Equal(query, q.ToQuery());
    }

    [Fact]
    public void Reader_RepeatedParameter_FirstUsedWithNotice()
    {
        var q = SpreadQuery.Parse("/spread?range=1m&range=max", out var notices);
        Assert.Equal(Period.M1, q.Window.Range);
        Assert.Contains(notices, n => n.Parameter == "range" && n.Message.Contains("2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void Reader_LongValue_ShortenedInNotice()
    {
        SpreadQuery.Parse("/spread?range=" + new string('x', 5000), out var notices);
        var n = Assert.Single(notices);
        Assert.True(n.Message.Length < 200, n.Message);
    }
}
