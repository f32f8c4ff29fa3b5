using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import;

/// <summary>Flow files read into fund-days: ProShares NAV history and the two long formats.</summary>
public class FlowFileReaderTests
{
    private static readonly HashSet<string> Catalogue = ["IWM", "SPY", "DIA", "QQQ", "IJR", "TNA"];

    private static FlowReadOptions Known => new(null, Catalogue.Contains);

    [Fact]
    public void Read_ProSharesNewestFirst_SharesInThousandsAndFlowFromShareChange()
    {
        var parsed = FlowFileReader.Read(SharedFiles.Fixture("TNA-historical_nav.csv"));

        Assert.Equal(FlowFormat.ProShares, parsed.Format);
        Assert.Equal([new DateOnly(2017, 8, 15), new DateOnly(2017, 8, 16), new DateOnly(2017, 8, 17)], parsed.Days.Select(d => d.Date));
        Assert.All(parsed.Days, d => Assert.Equal("TNA", d.Symbol));
        var first = parsed.Days[0];
        Assert.Equal(1_230_000, first.SharesOutstanding);
        Assert.Null(first.NetFlow);
        // 08/16: (1,200,000 − 1,230,000) × 48.00 = −1,440,000
        Assert.Equal(-1_440_000, parsed.Days[1].NetFlow!.Value, 1e-6);
        // 08/17: (1,250,500 − 1,200,000) × 50.00 = 2,525,000; AUM as the file gives it
        Assert.Equal(2_525_000, parsed.Days[2].NetFlow!.Value, 1e-6);
        Assert.Equal(62_525_000, parsed.Days[2].Aum);
        Assert.Contains(parsed.Warnings, w => w.Contains("not in ascending", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LongFlowFile_KeepsCatalogueTickersAndListsTheRest()
    {
        var parsed = FlowFileReader.Read(SharedFiles.Flows("isaergun_etf_flows.csv"), FlowFormat.Auto, Known);

        Assert.Equal(FlowFormat.Long, parsed.Format);
        Assert.Equal(["DIA", "IWM", "QQQ", "SPY"], parsed.Days.Select(d => d.Symbol).Distinct().Order());
        // 4 tickers × 66 rows, none on a weekend (counted with grep/awk on the file).
        Assert.Equal(264, parsed.Days.Count);
        Assert.Contains("AGG", parsed.SkippedTickers);
        // 51 distinct tickers in the file (cut -d, -f2 | sort -u) minus the four in the catalogue.
        Assert.Equal(47, parsed.SkippedTickers.Count);
        Assert.Contains(parsed.Warnings, w => w.Contains("not in the catalogue", StringComparison.Ordinal) && w.Contains("XLY", StringComparison.Ordinal));
        var iwm = parsed.Days.Where(d => d.Symbol == "IWM").ToList();
        Assert.Equal(-1_194_440_000, iwm.Single(d => d.Date == new DateOnly(2026, 1, 5)).NetFlow);
        Assert.All(iwm, d => Assert.Null(d.SharesOutstanding));
        // Six IWM days have a blank flow: stored as missing, never zero (awk '$3==""' on the file).
        Assert.Equal(6, iwm.Count(d => d.NetFlow is null));
    }

    [Fact]
    public void Read_LongSharesFile_SkipsWeekendsAndDerivesFlowFromShares()
    {
        var parsed = FlowFileReader.Read(SharedFiles.Flows("isaergun_etf_shares.csv"), FlowFormat.Auto, Known);

        Assert.Contains(parsed.Warnings, w => w.Contains("weekend", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Days, d => d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        var iwm = parsed.Days.Where(d => d.Symbol == "IWM").ToDictionary(d => d.Date);
        Assert.Equal(5, iwm.Count);
        // 2026-03-30 is the first weekday row: no previous shares, so no flow.
        Assert.Null(iwm[new DateOnly(2026, 3, 30)].NetFlow);
        // 2026-03-31: (282,800,000 − 283,800,000) × 246.6000061035156
        Assert.Equal(-1_000_000 * 246.6000061035156, iwm[new DateOnly(2026, 3, 31)].NetFlow!.Value, 1e-3);
        Assert.Equal(282_800_000 * 246.6000061035156, iwm[new DateOnly(2026, 3, 31)].Aum!.Value, 1e-3);
        // 2026-04-01: price blank, so NAV, flow and AUM are missing; shares are known.
        var april = iwm[new DateOnly(2026, 4, 1)];
        Assert.Equal(290_100_000, april.SharesOutstanding);
        Assert.Null(april.Nav);
        Assert.Null(april.NetFlow);
        Assert.Null(april.Aum);
    }

    [Fact]
    public void Read_SymbolOutsideCatalogueNamed_ReadsOnlyThatTicker()
    {
        var parsed = FlowFileReader.Read(SharedFiles.Flows("isaergun_etf_flows.csv"), FlowFormat.Auto, new FlowReadOptions("agg", Catalogue.Contains));

        Assert.All(parsed.Days, d => Assert.Equal("AGG", d.Symbol));
        Assert.Equal(SharedFiles.DataLinesContaining(SharedFiles.Flows("isaergun_etf_flows.csv"), ",AGG,"), parsed.Days.Count);
    }

    public static TheoryData<string, string, int?, string?, string> Cases() => new()
    {
        { "nav-zero", "date,ticker,shares,price\n2026-03-30,IWM,100,0\n", 2, "price", "not above zero" },
        { "negative-shares", "date,ticker,shares,price\n2026-03-30,IWM,-100,10\n", 2, "shares", "negative" },
        { "bad-date", "date,ticker,flow_usd\n2026-02-30,IWM,5\n", 2, "date", "not a date" },
        { "text-flow", "date,ticker,flow_usd\n2026-03-30,IWM,lots\n", 2, "flow_usd", "not a number" },
        { "nan-flow", "date,ticker,flow_usd\n2026-03-30,IWM,NaN\n", 2, "flow_usd", "finite" },
        { "duplicate", "date,ticker,flow_usd\n2026-03-30,IWM,5\n2026-03-31,IWM,6\n2026-03-30,IWM,7\n", 4, "Date", "appears twice" },
        { "wrong-header", "when,who,how much\n2026-03-30,IWM,5\n", 1, null, "unrecognised header" },
        { "html", "<html><body>Verifying you are human</body></html>", 1, null, "HTML, not CSV" },
        { "empty", "", null, null, "empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadFlowInput_ThrowsImportExceptionNamingFileLineAndField(string name, string content, int? line, string? field, string problem)
    {
        using var dir = new TempDir();
        var path = dir.Write(name + ".csv", content);

        var e = Assert.Throws<ImportException>(() => FlowFileReader.Read(path, FlowFormat.Auto, Known));

        Assert.Equal(line, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(name + ".csv", e.Message, StringComparison.Ordinal);
    }
}
