using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Import.Issuers;

namespace SmallCapDashboard.Data.Tests.Import.Issuers;

/// <summary>Reading the issuer files (no database): values as the fixtures state them, quirks, detection, refusals.</summary>
public sealed class IssuerFileReaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_IsharesWorkbook_HistoryAscendingWithNotReportedSharesMissing()
    {
        var parsed = IssuerFiles.Read(IssuerFixtures.IwmWorkbook, FlowFormat.IShares);

        Assert.Equal("iShares Russell 2000 ETF", parsed.FundName);
        Assert.Equal(new DateOnly(2017, 8, 1), parsed.AsOf);
        Assert.Equal(
            [
                (new DateOnly(2017, 7, 26), (double?)243_000_000, (double?)140.20),
                (new DateOnly(2017, 7, 27), 243_400_000, 138.50),
                (new DateOnly(2017, 7, 28), null, 139.00),
                (new DateOnly(2017, 7, 31), 243_150_000, 140.00),
                (new DateOnly(2017, 8, 1), 243_000_000, 141.50),
            ],
            parsed.History.Select(r => (r.Date, r.SharesOutstanding, r.Nav)));
        Assert.Contains(parsed.Warnings, w => w.Contains("1 day(s) without shares outstanding", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_IsharesWorkbook_HoldingsWithPreambleSharesAndNotApplicableValues()
    {
        var h = IssuerFiles.Read(IssuerFixtures.IwmWorkbook, FlowFormat.IShares).Holdings!;

        Assert.Equal(243_000_000, h.SharesOutstanding);
        Assert.Equal(["AAA", "BBB", "CCC", "XTSLA", "RTYU7"], h.Lines.Select(l => l.Ticker));
        Assert.Equal(new HoldingLine("CCC", "HEALTH & CARE EXAMPLE CORP", "Health Care", "Equity", 500_000, 20, 5000, 100), h.Lines[2]);
        Assert.Equal(new HoldingLine("RTYU7", "RUSS 2000 EMINI SEP 17", "Cash and/or Derivatives", "Futures", 0, null, 20, null), h.Lines[4]);
    }

    [Fact]
    public void Read_SharedSyntheticWorkbook_HandCheckedRows()
    {
        var parsed = IssuerFiles.Read(IssuerFixtures.SharedWorkbook, FlowFormat.IShares);

        Assert.Equal("iShares Example Small-Cap ETF", parsed.FundName);
        Assert.Equal(new DateOnly(2024, 12, 31), parsed.AsOf);
        // 503 dated rows in the Historical sheet (counted with grep on "Mon DD, YYYY" rows), none on a weekend
        Assert.Equal(503, parsed.History.Count);
        Assert.Equal((new DateOnly(2023, 1, 2), 119_900_000, 81.732926), (parsed.History[0].Date, parsed.History[0].SharesOutstanding!.Value, parsed.History[0].Nav!.Value));
        Assert.Equal((new DateOnly(2024, 12, 31), 115_500_000, 113.721696), (parsed.History[^1].Date, parsed.History[^1].SharesOutstanding!.Value, parsed.History[^1].Nav!.Value));
        Assert.Equal([new DateOnly(2023, 3, 10), new DateOnly(2024, 8, 5)], parsed.History.Where(r => r.SharesOutstanding is null).Select(r => r.Date));
        var h = parsed.Holdings!;
        Assert.Equal(115_500_000, h.SharesOutstanding);
        Assert.Equal(46, h.Lines.Count);
        Assert.Equal("SMITH & WESSON EXAMPLE INC", h.Lines.Single(l => l.Ticker == "EX07").Name);
        // Sector sums by awk over the sheet: Financials 18, Information Technology 14 + Health Care 16 = 30, all 100
        Assert.Equal(18, h.Lines.Where(l => l.Sector == "Financials").Sum(l => l.WeightPercent!.Value), 9);
        Assert.Equal(30, h.Lines.Where(l => l.Sector is "Information Technology" or "Health Care").Sum(l => l.WeightPercent!.Value), 9);
        Assert.Equal(100, h.Lines.Sum(l => l.WeightPercent!.Value), 9);
    }

    [Fact]
    public void Read_IsharesHoldingsCsv_BomNbspLineQuantityGroupedNumbersDisclaimerTail()
    {
        var parsed = IssuerFiles.Read(IssuerFixtures.Path("IWM_holdings.csv"), FlowFormat.ISharesHoldings);

        Assert.Equal("iShares Russell 2000 ETF", parsed.FundName);
        Assert.Equal(new DateOnly(2026, 4, 10), parsed.AsOf);
        var h = parsed.Holdings!;
        Assert.Equal(280_200_000, h.SharesOutstanding);
        Assert.Equal(5, h.Lines.Count);
        Assert.Equal(new HoldingLine("AAA", "SMITH & WESSON BRANDS INC", "Industrials", "Equity", 860_850_000, 1.50, 5_000_000, 172.17), h.Lines[0]);
        Assert.Equal(new HoldingLine("BBB", "BARNES & NOBLE, EXAMPLE INC", "Financials", "Equity", 1_234_567.89, 0.75, 12_345, 100.01), h.Lines[1]);
        Assert.Equal("EXAMPLE \"QUOTED\" CORP", h.Lines[2].Name);
        Assert.Equal((null, null, 600.0, 2500.0), (h.Lines[4].MarketValue, h.Lines[4].WeightPercent, h.Lines[4].Quantity!.Value, h.Lines[4].Price!.Value));
    }

    [Fact]
    public void Read_OlderIsharesHoldingsCsv_SharesColumnAndOtherColumnOrder()
    {
        var parsed = IssuerFiles.Read(IssuerFixtures.Path("IJR_holdings_2017.csv"), FlowFormat.ISharesHoldings);

        Assert.Equal("iShares Core S&P Small-Cap ETF", parsed.FundName);
        Assert.Equal(186_650_000, parsed.Holdings!.SharesOutstanding);
        Assert.Equal(
            [
                new HoldingLine("DDD", "EXAMPLE DDD INC", "Information Technology", "Equity", 82_000_000, 0.60, 1_600_000, 51.25),
                new HoldingLine("EEE", "EXAMPLE EEE CORP", "Health Care", "Equity", 54_660_000, 0.40, 2_733_000, 20.00),
            ],
            parsed.Holdings.Lines);
    }

    [Fact]
    public void Read_Direxion_TickerSharesOutstandingAndOneTradeDate()
    {
        var parsed = IssuerFiles.Read(IssuerFixtures.Path("TNA-2017-08-17.csv"), FlowFormat.Direxion);

        Assert.Equal(("TNA", "Direxion Daily Small Cap Bull 3X Shares", new DateOnly(2017, 8, 17)), (parsed.Ticker, parsed.FundName, parsed.AsOf));
        Assert.Equal(12_500_000, parsed.Holdings!.SharesOutstanding);
        Assert.Equal(625_000_000, parsed.Holdings.MarketValueTotal); // 175,000,000 + 0 + 450,000,000
        Assert.Equal(new HoldingLine("IWM", "ISHARES RUSSELL 2000 ETF", "", "", 175_000_000, 28.00, 1_250_000, 140.00), parsed.Holdings.Lines[0]);
    }

    [Theory]
    [InlineData("iShares-Russell-2000-ETF_fund.xls", FlowFormat.IShares)]
    [InlineData("IWM_holdings.csv", FlowFormat.ISharesHoldings)]
    [InlineData("IJR_holdings_2017.csv", FlowFormat.ISharesHoldings)]
    [InlineData("TNA-2017-08-16.csv", FlowFormat.Direxion)]
    public void Detect_FromContent_FindsTheFormat(string name, FlowFormat expected)
    {
        var copy = Path.Combine(_dir.Path, "download.bin");
        File.Copy(IssuerFixtures.Path(name), copy);

        Assert.Equal(expected, IssuerFiles.Detect(copy));
    }

    [Fact]
    public void Detect_ProSharesCsv_LeftToTheFlowReader() =>
        Assert.Null(IssuerFiles.Detect(IssuerFixtures.Path("SRTY-historical_nav.csv")));

    [Fact]
    public void Detect_HtmlLoginPageAsXls_RefusedSayingSo()
    {
        var e = Assert.Throws<ImportException>(() => IssuerFiles.Detect(IssuerFixtures.Path("iShares-Russell-2000-ETF_login.xls")));

        Assert.Equal("iShares-Russell-2000-ETF_login.xls", e.File);
        Assert.Contains("HTML page", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CsvWhenIsharesRequested_Refused()
    {
        var e = Assert.Throws<ImportException>(() => IssuerFiles.Detect(IssuerFixtures.Path("TNA-2017-08-16.csv"), FlowFormat.IShares));

        Assert.Contains("not in the IShares format", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WorkbookWithoutHistorical_RefusedListingTheSheets()
    {
        var path = _dir.Write("iShares-Russell-2000-ETF_fund.xls",
            File.ReadAllText(IssuerFixtures.IwmWorkbook).Replace("ss:Name=\"Historical\"", "ss:Name=\"History\"", StringComparison.Ordinal));

        var e = Assert.Throws<ImportException>(() => IssuerFiles.Read(path, FlowFormat.IShares));

        Assert.Equal("iShares-Russell-2000-ETF_fund.xls: no 'Historical' worksheet (sheets: Disclaimers, Holdings, History, Performance, Distributions); not an iShares fund download", e.Message);
    }

    [Theory]
    [InlineData("Jul 27, 2017", "Jul 32, 2017", "As Of", 5, "'Jul 32, 2017' is not a date like 'Dec 31, 2024'")]
    [InlineData("138.50", "138,50", "NAV per Share", 5, "'138,50' is not a number")]
    [InlineData("243150000", "243.150.000", "Shares Outstanding", 3, "'243.150.000' is not a number")]
    public void Read_BadHistoricalValue_RefusedNamingSheetRowAndColumn(string good, string bad, string field, int row, string problem)
    {
        var text = File.ReadAllText(IssuerFixtures.IwmWorkbook);
        var historical = text.IndexOf("ss:Name=\"Historical\"", StringComparison.Ordinal);
        var at = text.IndexOf(">" + good + "<", historical, StringComparison.Ordinal) + 1;
        var path = _dir.Write("iShares-Russell-2000-ETF_fund.xls", text[..at] + bad + text[(at + good.Length)..]);

        var e = Assert.Throws<ImportException>(() => IssuerFiles.Read(path, FlowFormat.IShares));

        Assert.Equal(field, e.Field);
        Assert.Equal($"sheet 'Historical', row {row}: {problem}", e.Problem);
        Assert.NotNull(e.Line);
        Assert.Contains("<ss:Row>", File.ReadAllLines(path)[e.Line!.Value - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HoldingsCsvWithBadGrouping_RefusedNamingLineAndField()
    {
        var path = _dir.Write("IWM_holdings.csv",
            File.ReadAllText(IssuerFixtures.Path("IWM_holdings.csv")).Replace("\"1,234,567.89\",\"0.75\"", "\"1,2345,67.89\",\"0.75\"", StringComparison.Ordinal));

        var e = Assert.Throws<ImportException>(() => IssuerFiles.Read(path, FlowFormat.ISharesHoldings));

        Assert.Equal(("IWM_holdings.csv", 12, "Market Value"), (e.File, e.Line, e.Field));
    }

    [Fact]
    public void Read_DirexionWithTwoTradeDates_Refused()
    {
        var path = _dir.Write("TNA.csv", File.ReadAllText(IssuerFixtures.Path("TNA-2017-08-17.csv")).Replace("08/17/2017,TNA,CASH", "08/18/2017,TNA,CASH", StringComparison.Ordinal));

        var e = Assert.Throws<ImportException>(() => IssuerFiles.Read(path, FlowFormat.Direxion));

        Assert.Equal((9, "TradeDate"), (e.Line, e.Field));
        Assert.Contains("one day", e.Problem, StringComparison.Ordinal);
    }
}
