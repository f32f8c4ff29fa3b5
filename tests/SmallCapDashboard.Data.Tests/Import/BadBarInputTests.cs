using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import;

/// <summary>Every kind of bad bar file is refused with one line naming the file, the line and the field.</summary>
public class BadBarInputTests
{
    private const string Header = "Date,Open,High,Low,Close,Adj Close,Volume\n";

    public static TheoryData<string, string, int?, string?, string> Cases() => new()
    {
        // name, content, expected line, expected field, a word of the problem
        { "wrong-header", "Day,Price\n2024-01-02,10\n", 1, null, "unrecognised header" },
        { "missing-header", "2024-01-02,10,11,9,10,10,100\n", 1, null, "unrecognised header" },
        { "html", "<!DOCTYPE html><html><body>Please log in</body></html>\n", 1, null, "HTML, not CSV" },
        { "html-after-blank", "\n\n  <html><head></head></html>", 1, null, "HTML, not CSV" },
        { "bad-date", Header + "2024-01-02,10,11,9,10,10,100\n2024-13-45,10,11,9,10,10,100\n", 3, "Date", "not a date" },
        { "non-numeric", Header + "2024-01-02,10,11,abc,10,10,100\n", 2, "Low", "not a number" },
        { "negative", Header + "2024-01-02,10,11,9,-10,10,100\n", 2, "Close", "not above zero" },
        { "zero", Header + "2024-01-02,0,11,9,10,10,100\n", 2, "Open", "not above zero" },
        { "nan", Header + "2024-01-02,10,NaN,9,10,10,100\n", 2, "High", "finite" },
        { "high-below-low", Header + "2024-01-02,10,11,9,10,10,100\n2024-01-03,10,8,9,10,10,100\n", 3, "High", "below Low" },
        { "duplicate-date", Header + "2024-01-02,10,11,9,10,10,100\n2024-01-03,10,11,9,10,10,100\n2024-01-02,10,11,9,10.5,10,100\n", 4, "Date", "appears twice" },
        { "negative-volume", Header + "2024-01-02,10,11,9,10,10,-5\n", 2, "Volume", "negative" },
        { "empty", "", null, null, "empty" },
        { "only-blank-lines", "\n\n \n", null, null, "empty" },
        { "header-only", Header, null, null, "no data rows" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadInput_ThrowsImportExceptionNamingFileLineAndField(string name, string content, int? line, string? field, string problem)
    {
        using var dir = new TempDir();
        var path = dir.Write(name + ".csv", content);

        var e = Assert.Throws<ImportException>(() => BarFileReader.Read(path));

        Assert.Equal(name + ".csv", e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.StartsWith(name + ".csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TenMegabyteLine_RefusedWithLineNumberWithoutReadingItWhole()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "huge.csv");
        using (var w = new StreamWriter(path))
        {
            w.Write(Header);
            w.Write("2024-01-02,10,11,9,10,10,100\n");
            w.Write("2024-01-03,");
            w.Write(new string('9', 10 * 1024 * 1024));
            w.Write(",11,9,10,10,100\n");
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var e = Assert.Throws<ImportException>(() => BarFileReader.Read(path));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(3, e.Line);
        Assert.Contains("longer than", e.Message, StringComparison.Ordinal);
        // A 10 MB field held as a string would allocate 20 MB (UTF-16); the bounded reader stays far below.
        Assert.True(allocated < 4 * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Read_FlowFileAsBars_SaysItIsAFlowFile()
    {
        var e = Assert.Throws<ImportException>(() => BarFileReader.Read(SharedFiles.Flows("isaergun_etf_flows.csv")));

        Assert.Contains("flow file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RequestedFormatDoesNotMatchHeader_Refused()
    {
        var e = Assert.Throws<ImportException>(() => BarFileReader.Read(SharedFiles.Formats("SPY.yahoo.csv"), BarFormat.Eod));

        Assert.Contains("not in the Eod format", e.Message, StringComparison.Ordinal);
    }
}
