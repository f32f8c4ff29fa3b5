using SmallCapDashboard.Analytics.Alerts;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Signals;

namespace SmallCapDashboard.Analytics.Tests.Alerts;

public sealed class AlertRuleParserTests
{
    [Theory]
    [InlineData("cross:10/50", AlertRuleKind.Cross, "cross:10/50")]
    [InlineData("GOLDEN:50/200", AlertRuleKind.Golden, "golden:50/200")]
    [InlineData("death:10/50", AlertRuleKind.Death, "death:10/50")]
    [InlineData("rsi-regime", AlertRuleKind.RsiRegime, "rsi-regime")]
    [InlineData("rsi-regime:14", AlertRuleKind.RsiRegime, "rsi-regime")]
    [InlineData("rsi-regime:9", AlertRuleKind.RsiRegime, "rsi-regime:9")]
    [InlineData("rsi-above:70", AlertRuleKind.RsiAbove, "rsi-above:70")]
    [InlineData("rsi-below:30.5:7", AlertRuleKind.RsiBelow, "rsi-below:30.5:7")]
    [InlineData("divergence:bearish", AlertRuleKind.Divergence, "divergence:bearish")]
    [InlineData("new-high", AlertRuleKind.NewHigh, "new-high")]
    [InlineData("new-low", AlertRuleKind.NewLow, "new-low")]
    [InlineData("high-unconfirmed", AlertRuleKind.HighUnconfirmed, "high-unconfirmed")]
    [InlineData("high-unconfirmed:5", AlertRuleKind.HighUnconfirmed, "high-unconfirmed:5")]
    [InlineData("spread-below:-10", AlertRuleKind.SpreadBelow, "spread-below:-10:ytd")]
    [InlineData("spread-below:-10:ytd", AlertRuleKind.SpreadBelow, "spread-below:-10:ytd")]
    [InlineData("spread-above:2.5:3m:dia", AlertRuleKind.SpreadAbove, "spread-above:2.5:3m:DIA")]
    [InlineData("return-rank:1w", AlertRuleKind.ReturnRank, "return-rank:1w")]
    [InlineData("return-rank:1w:5y", AlertRuleKind.ReturnRank, "return-rank:1w:5y")]
    [InlineData("return-rank:1m:best", AlertRuleKind.ReturnRank, "return-rank:1m:best")]
    [InlineData("return-rank:1w:5y:worst", AlertRuleKind.ReturnRank, "return-rank:1w:5y")]
    [InlineData("flow-below:-700m:2", AlertRuleKind.FlowBelow, "flow-below:-700000000:2")]
    [InlineData("flow-above:1.5b", AlertRuleKind.FlowAbove, "flow-above:1500000000")]
    [InlineData("flow-below:-250k:3:modelled", AlertRuleKind.FlowBelow, "flow-below:-250000:3:modelled")]
    [InlineData("flow-below:-1000000:modelled", AlertRuleKind.FlowBelow, "flow-below:-1000000:1:modelled")]
    public void Parse_ValidRule_KindAndCanonicalText(string text, AlertRuleKind kind, string canonical)
    {
        var rule = AlertRuleParser.Parse(text);

        Assert.Equal(kind, rule.Kind);
        Assert.Equal(canonical, rule.Text);
        Assert.Equal(canonical, AlertRuleParser.Parse(canonical).Text);
    }

    [Fact]
    public void Parse_Parameters_AsWritten()
    {
        var cross = AlertRuleParser.Parse("death:10/50");
        Assert.Equal((10, 50), (cross.Fast, cross.Slow));

        var spread = AlertRuleParser.Parse("spread-below:-10:ytd");
        Assert.Equal((-10.0, Period.Ytd, "SPY"), (spread.Level, spread.Period, spread.Large));

        var rank = AlertRuleParser.Parse("return-rank:1w:5y");
        Assert.Equal((Period.W1, 5, false), (rank.Period, rank.Years, rank.Best));

        var flow = AlertRuleParser.Parse("flow-below:-700m:2");
        Assert.Equal((-700_000_000.0, 2, false), (flow.Level, flow.Sessions, flow.AllowModelled));
        Assert.True(AlertRuleParser.Parse("flow-above:0:2:modelled").AllowModelled);

        Assert.Equal(DivergenceType.Bullish, AlertRuleParser.Parse("divergence:bullish").Divergence);
        var rsi = AlertRuleParser.Parse("rsi-below:30:7");
        Assert.Equal((30.0, 7), (rsi.Level, rsi.RsiPeriod));
    }

    [Theory]
    [InlineData("", "rule: empty")]
    [InlineData("crosss:10/50", "'crosss' is not a rule")]
    [InlineData("cross", "'cross' needs F/S")]
    [InlineData("cross:10", "'10' must be F/S")]
    [InlineData("cross:50/10", "'50/10' needs the fast length below the slow one")]
    [InlineData("cross:x/50", "'x' must be the fast length")]
    [InlineData("golden:10/0", "'0' must be the slow length")]
    [InlineData("death:10/50:3", "'3' is one part too many")]
    [InlineData("rsi-regime:1", "'1' must be the RSI period")]
    [InlineData("rsi-above:170", "'170' must be an RSI level between 0 and 100")]
    [InlineData("rsi-above", "'rsi-above' needs a level")]
    [InlineData("rsi-below:abc", "'abc' must be the RSI level")]
    [InlineData("divergence:sideways", "'sideways' must be bearish or bullish")]
    [InlineData("new-high:3", "'3' is one part too many")]
    [InlineData("spread-below:ten:ytd", "'ten' must be the spread in percentage points")]
    [InlineData("spread-below:-10:2w", "'2w' must be a period")]
    [InlineData("spread-below:-10:max", "'max' must be a period")]
    [InlineData("spread-above:5:ytd:SP Y", "'sp y' is not a symbol")]
    [InlineData("return-rank:week", "'week' must be a period")]
    [InlineData("return-rank:1w:5", "'5' must be a number of years")]
    [InlineData("return-rank:1w:0y", "'0' must be the number of years")]
    [InlineData("flow-below:-700x", "'-700x' must be an amount in US dollars")]
    [InlineData("flow-below:-700m:0", "'0' must be the number of sessions")]
    [InlineData("flow-below:-700m:2:real", "'real' must be 'modelled'")]
    public void Parse_BadRule_OneLineNamingThePart(string text, string expected)
    {
        var e = Assert.Throws<AlertRuleFormatException>(() => AlertRuleParser.Parse(text));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.False(AlertRuleParser.TryParse(text, out _, out var error));
        Assert.Equal(e.Message, error);
    }
}
