using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Tests.Core;

public class SymbolRulesTests
{
    [Theory]
    [InlineData("IWM", "IWM")]
    [InlineData(" iwm ", "IWM")]
    [InlineData("^rut", "^RUT")]
    [InlineData("brk.b", "BRK.B")]
    [InlineData("ES=F", "ES=F")]
    [InlineData("BF-B", "BF-B")]
    [InlineData("ABCDEFGHIJKLMNO", "ABCDEFGHIJKLMNO")]
    public void TryNormalize_ValidSymbol_UpperCasedAndTrimmed(string text, string expected)
    {
        Assert.True(SymbolRules.TryNormalize(text, out var symbol, out var problem), problem);
        Assert.Equal(expected, symbol);
        Assert.True(SymbolRules.IsValid(symbol));
    }

    [Theory]
    [InlineData("IWM:SPY", "reserved for ratio symbols")]
    [InlineData("../../etc/passwd", "outside A-Z")]
    [InlineData("<script>alert(1)</script>", "outside A-Z")]
    [InlineData("ïwm日本", "outside A-Z")]
    [InlineData("ıwm", "outside A-Z")]
    [InlineData("IW M", "outside A-Z")]
    [InlineData("IW\tM", "outside A-Z")]
    [InlineData("ABCDEFGHIJKLMNOP", "longer than 15")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData(null, "empty")]
    public void TryNormalize_InvalidSymbol_RefusedSayingWhy(string? text, string why)
    {
        Assert.False(SymbolRules.TryNormalize(text, out var symbol, out var problem));
        Assert.Equal("", symbol);
        Assert.Contains(why, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iwm")]
    [InlineData("IWM:SPY")]
    [InlineData(" IWM")]
    [InlineData(null)]
    public void IsValid_NotNormalisedOrRatio_False(string? symbol)
    {
        Assert.False(SymbolRules.IsValid(symbol));
    }

    [Fact]
    public void TryParseRatio_TwoSymbols_SplitsAndNormalises()
    {
        Assert.True(SymbolRules.TryParseRatio(" iwm:spy ", out var a, out var b, out var problem), problem);
        Assert.Equal("IWM", a);
        Assert.Equal("SPY", b);
    }

    [Theory]
    [InlineData("IWM", "two symbols around one ':'")]
    [InlineData("IWM:SPY:DIA", "two symbols around one ':'")]
    [InlineData("IWM:", "empty")]
    [InlineData("IWM:IWM", "two different symbols")]
    [InlineData("IWM:<b>", "outside A-Z")]
    public void TryParseRatio_Malformed_Refused(string text, string why)
    {
        Assert.False(SymbolRules.TryParseRatio(text, out _, out _, out var problem));
        Assert.Contains(why, problem, StringComparison.Ordinal);
    }
}
