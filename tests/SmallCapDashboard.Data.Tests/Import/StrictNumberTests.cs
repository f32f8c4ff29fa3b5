using System.Text;
using SmallCapDashboard.Data.Import.Parsing;

namespace SmallCapDashboard.Data.Tests.Import;

/// <summary>The shared strict number and time-of-day rules every parser uses (<see cref="Fields"/>).</summary>
public class StrictNumberTests
{
    [Theory]
    [InlineData("496.29", 496.29)]
    [InlineData(" 496.29 ", 496.29)]
    [InlineData("+3", 3.0)]
    [InlineData("-0.5", -0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1.5e-05", 1.5e-05)]
    [InlineData("2E+3", 2000.0)]
    [InlineData("70556500", 70556500.0)]
    public void TryInvariant_InvariantCultureNumber_Parsed(string text, double expected)
    {
        Assert.True(InvariantNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
        Assert.True(InvariantNumber.TryParse(Encoding.UTF8.GetBytes(text), out var fromBytes));
        Assert.Equal(expected, fromBytes);
    }

    [Theory]
    [InlineData("496,29")]
    [InlineData("1,496.29")]
    [InlineData("498.10%")]
    [InlineData("$496.29")]
    [InlineData("496.29€")]
    [InlineData("70 556 500")]
    [InlineData("70\u00a0556")]
    [InlineData("70'556'500")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    [InlineData("0x1F")]
    [InlineData("1.2.3")]
    [InlineData("4e")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("٤٩٦")]
    public void TryInvariant_AnythingElse_Refused(string text)
    {
        Assert.False(InvariantNumber.TryParse(text, out _));
        Assert.False(InvariantNumber.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Theory]
    [InlineData(" 00:00:00-05:00")]
    [InlineData(" 00:00:00-04:00")]
    [InlineData("T09:30:00Z")]
    [InlineData("T09:30")]
    [InlineData(" 23:59:59.1234567+14:00")]
    [InlineData(" 12:00:00 -0500")]
    [InlineData(" 12:00:00-12")]
    public void TimeProblem_ValidTimeAndOffset_Null(string rest)
    {
        Assert.Null(Fields.TimeProblem(Encoding.ASCII.GetBytes(rest)));
    }

    [Theory]
    [InlineData("T25:00:00", "time of day")]
    [InlineData(" 24:00", "time of day")]
    [InlineData(" 12:60", "time of day")]
    [InlineData(" 12:00:60", "time of day")]
    [InlineData(" 12:00:00.", "time of day")]
    [InlineData(" 12", "time of day")]
    [InlineData(" 00:00:00+99:00", "offset")]
    [InlineData(" 00:00:00+14:01", "offset")]
    [InlineData(" 00:00:00-05:60", "offset")]
    [InlineData(" 00:00:00-0", "offset")]
    [InlineData(" 00:00:00 EST", "time of day")]
    public void TimeProblem_Invalid_Named(string rest, string what)
    {
        Assert.Contains(what, Fields.TimeProblem(Encoding.UTF8.GetBytes(rest)), StringComparison.Ordinal);
    }
}
