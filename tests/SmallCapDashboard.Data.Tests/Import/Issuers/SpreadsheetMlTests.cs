using SmallCapDashboard.Data.Import.Issuers;

namespace SmallCapDashboard.Data.Tests.Import.Issuers;

/// <summary>The tolerant SpreadsheetML scanner on a file that a strict XML parser refuses.</summary>
public sealed class SpreadsheetMlTests
{
    [Fact]
    public void Scan_FixtureWithRawAmpersandAndHtml_FindsEverySheetInOrder()
    {
        var text = File.ReadAllText(IssuerFixtures.IwmWorkbook);
        Assert.Throws<System.Xml.XmlException>(() => System.Xml.Linq.XDocument.Parse(text));

        var book = SpreadsheetMl.Scan(text);

        Assert.Equal(["Disclaimers", "Holdings", "Historical", "Performance", "Distributions"], book.Sheets.Select(s => s.Name));
        // header + 5 sessions in the fixture
        Assert.Equal(6, book.Sheet("historical")!.Rows.Count);
    }

    [Fact]
    public void Scan_DataContent_RawAmpersandKeptEntityDecodedTagsDropped()
    {
        var book = SpreadsheetMl.Scan(File.ReadAllText(IssuerFixtures.IwmWorkbook));
        var holdings = book.Sheet("Holdings")!;

        Assert.Contains(holdings.Rows, r => r[2] == "SMITH & WESSON BRANDS INC");
        Assert.Contains(holdings.Rows, r => r[2] == "BARNES & NOBLE EXAMPLE INC");
        Assert.Equal("HAND-MADE TEST FIXTURE, NOT INVESTMENT DATA.Terms & conditions apply.", book.Sheet("Disclaimers")!.Rows[0][1]);
    }

    [Fact]
    public void Scan_CellWithIndex_LandsInThatColumn()
    {
        var holdings = SpreadsheetMl.Scan(File.ReadAllText(IssuerFixtures.IwmWorkbook)).Sheet("Holdings")!;
        var ccc = holdings.Rows.Single(r => r[1] == "CCC");

        Assert.Equal("", ccc[7]);     // Notional Value skipped by ss:Index="8"
        Assert.Equal("5000", ccc[8]); // Quantity
        Assert.Equal("100.00", ccc[9]);
    }

    [Fact]
    public void Scan_NoPrefixAndMergeAcross_ColumnsFollowTheMerge()
    {
        const string text = """
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet Name="S"><Table>
            <Row><Cell MergeAcross="2"><Data Type="String">a</Data></Cell><Cell><Data Type="Number">4</Data></Cell></Row>
            <Row Index="5"><Cell Index="2"><Data Type="String">x &lt; y &#38; z</Data></Cell><Cell/></Row>
            </Table></Worksheet></Workbook>
            """;

        var sheet = Assert.Single(SpreadsheetMl.Scan(text).Sheets);

        Assert.Equal("4", sheet.Rows[0][4]);
        Assert.Equal(5, sheet.Rows[1].Number);
        Assert.Equal("x < y & z", sheet.Rows[1][2]);
    }
}
