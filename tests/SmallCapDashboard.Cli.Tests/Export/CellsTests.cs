using SmallCapDashboard.Cli.Export;

namespace SmallCapDashboard.Cli.Tests.Export;

public sealed class CellsTests
{
    [Fact]
    public void Number_NaN_IsEmpty()
    {
        Assert.Equal("", Cells.Number(double.NaN));
        Assert.Equal("", Cells.Number((double?)null));
    }

    [Fact]
    public void Number_Value_RoundTripsExactly()
    {
        const double value = 0.1 + 0.2; // 0.30000000000000004, not 0.3

        var text = Cells.Number(value);

        Assert.Equal("0.30000000000000004", text);
        Assert.Equal(value, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Number_Large_UsesInvariantSeparatorsOnly()
    {
        Assert.Equal("-4200000000.5", Cells.Number(-4_200_000_000.5));
    }

    [Fact]
    public void Date_IsIso()
    {
        Assert.Equal("2014-09-23", Cells.Date(new DateOnly(2014, 9, 23)));
    }
}
