using SmallCapDashboard.Cli.Input;

namespace SmallCapDashboard.Cli.Tests.Input;

public sealed class DateWindowTests
{
    [Fact]
    public void Parse_BothDates_ContainsOnlyTheInclusiveRange()
    {
        var window = DateWindow.Parse("2017-01-01", "2017-08-17");

        Assert.False(window.Contains(new DateOnly(2016, 12, 30)));
        Assert.True(window.Contains(new DateOnly(2017, 1, 1)));
        Assert.True(window.Contains(new DateOnly(2017, 8, 17)));
        Assert.False(window.Contains(new DateOnly(2017, 8, 18)));
    }

    [Fact]
    public void Parse_NoDates_ContainsEverything()
    {
        var window = DateWindow.Parse(null, null);

        Assert.True(window.Contains(DateOnly.MinValue));
        Assert.True(window.Contains(DateOnly.MaxValue));
    }

    [Theory]
    [InlineData("2017-13-01")]
    [InlineData("17/08/2017")]
    [InlineData("yesterday")]
    public void Parse_BadFrom_NamesOptionAndValue(string value)
    {
        var ex = Assert.Throws<CliException>(() => DateWindow.Parse(value, null));

        Assert.Contains("--from", ex.Message, StringComparison.Ordinal);
        Assert.Contains(value, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FromAfterTo_Refused()
    {
        var ex = Assert.Throws<CliException>(() => DateWindow.Parse("2018-01-01", "2017-01-01"));

        Assert.Contains("after", ex.Message, StringComparison.Ordinal);
    }
}
