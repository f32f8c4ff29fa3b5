using SmallCapDashboard.Cli.Tests.Harness;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Cli.Tests.Commands;

/// <summary>
/// Exports over a tiny hand-made store whose expected values are worked out by hand in each test.
/// SMALL: 100, 110, 121, 99 on Jan 2–5 (a dividend moves its total factor to 1.01 from Jan 4);
/// LARGE: 50, 50, 55, 60 on the same days plus Jan 6 (a date SMALL lacks).
/// </summary>
public sealed class ExportOnHandMadeDataTests : IAsyncLifetime
{
    private const double Tolerance = 1e-12;
    private readonly TempDatabase db = new();

    public Task InitializeAsync() => db.WriteAsync(Fill);

    public Task DisposeAsync() => db.DisposeAsync().AsTask();

    [Fact]
    public async Task ExportSpread_FromSecondDay_ReturnsFromLastCommonCloseBefore()
    {
        var run = (await db.RunAsync("export", "spread", "--small", "SMALL", "--large", "LARGE", "--from", "2024-01-03")).ShouldSucceed();

        var csv = new ExportedCsv(run.Out);
        Assert.Equal(["Date", "SmallReturn", "LargeReturn", "Spread", "Ratio"], csv.Header);
        // Base = Jan 2 (SMALL 100, LARGE 50); Jan 6 is not a common date.
        Assert.Equal(["2024-01-03", "2024-01-04", "2024-01-05"], csv.Dates);
        // Jan 3: 110/100 − 1 = 0.10; 50/50 − 1 = 0; spread 10 pp; ratio (110/50)/(100/50) = 1.1.
        Assert.Equal(0.10, csv.Number("2024-01-03", "SmallReturn"), Tolerance);
        Assert.Equal(0.0, csv.Number("2024-01-03", "LargeReturn"), Tolerance);
        Assert.Equal(10.0, csv.Number("2024-01-03", "Spread"), 1e-10);
        Assert.Equal(1.1, csv.Number("2024-01-03", "Ratio"), Tolerance);
        // Jan 5: 99/100 − 1 = −0.01; 60/50 − 1 = 0.2; spread −21 pp; ratio (99/60)/2 = 0.825.
        Assert.Equal(-0.01, csv.Number("2024-01-05", "SmallReturn"), Tolerance);
        Assert.Equal(0.2, csv.Number("2024-01-05", "LargeReturn"), Tolerance);
        Assert.Equal(-21.0, csv.Number("2024-01-05", "Spread"), 1e-10);
        Assert.Equal(0.825, csv.Number("2024-01-05", "Ratio"), Tolerance);
    }

    [Fact]
    public async Task ExportSpread_NoFrom_BaseIsFirstCommonBarWithZeroReturnAndRatioOne()
    {
        var run = (await db.RunAsync("export", "spread", "--small", "SMALL", "--large", "LARGE")).ShouldSucceed();

        var csv = new ExportedCsv(run.Out);
        Assert.Equal("2024-01-02", csv.Dates[0]);
        Assert.Equal("0", csv.Cell("2024-01-02", "SmallReturn"));
        Assert.Equal("1", csv.Cell("2024-01-02", "Ratio"));
    }

    [Fact]
    public async Task ExportSpread_TotalBasis_DividendFactorRaisesSmallReturn()
    {
        var run = (await db.RunAsync("export", "spread", "--small", "SMALL", "--large", "LARGE", "--from", "2024-01-03", "--basis", "total")).ShouldSucceed();

        var csv = new ExportedCsv(run.Out);
        // Total closes anchored at Jan 5: 100 / 1.01 (base) and 121 on Jan 4 → 121 × 1.01 / 100 − 1 = 0.2221, the same
        // return as with any other anchor.
        Assert.Equal(0.2221, csv.Number("2024-01-04", "SmallReturn"), Tolerance);
        Assert.Equal(0.10, csv.Number("2024-01-04", "LargeReturn"), Tolerance);
    }

    [Fact]
    public async Task ExportBars_TotalBasis_AnchoredAtLastSessionLikeAnAdjustedClose()
    {
        var run = (await db.RunAsync("export", "bars", "--symbol", "small", "--basis", "total", "--from", "2024-01-02", "--to", "2024-01-04")).ShouldSucceed();

        // Anchor: the last stored session, Jan 5 (factor 1.01). Jan 4 has the same factor (no distribution since), so
        // its total bar is the traded one: O 120, H 122, L 119, C 121. Jan 2 (factor 1.0) is lowered by the dividend:
        // 100 × 1.0 / 1.01. Volume unchanged.
        var csv = new ExportedCsv(run.Out);
        Assert.Equal(["2024-01-02", "2024-01-03", "2024-01-04"], csv.Dates);
        Assert.Equal("120", csv.Cell("2024-01-04", "Open"));
        Assert.Equal("122", csv.Cell("2024-01-04", "High"));
        Assert.Equal("119", csv.Cell("2024-01-04", "Low"));
        Assert.Equal("121", csv.Cell("2024-01-04", "Close"));
        Assert.Equal("1000", csv.Cell("2024-01-04", "Volume"));
        Assert.Equal(100 / 1.01, csv.Number("2024-01-02", "Close"), Tolerance);
    }

    [Fact]
    public async Task ExportBars_PriceBasis_IsStoredBarsExactly()
    {
        var run = (await db.RunAsync("export", "bars", "--symbol", "SMALL", "--to", "2024-01-03")).ShouldSucceed();

        Assert.Equal("Date,Open,High,Low,Close,Volume\n2024-01-02,99,101,98,100,1000\n2024-01-03,109,111,108,110,1000\n", run.Out);
    }

    [Fact]
    public async Task ExportFlows_MissingValuesEmptyAndModelledFlagged()
    {
        var run = (await db.RunAsync("export", "flows", "--symbol", "SMALL")).ShouldSucceed();

        Assert.Equal(
            "Date,SharesOutstanding,Nav,NetFlow,Aum,Source,Modelled\n"
            + "2024-01-02,1000000,100,,100000000,model:v1,true\n"
            + "2024-01-03,,,-2500000.5,,isaergun/etf-flows-data,false\n",
            run.Out);
    }

    [Fact]
    public async Task ExportFlows_OnlySharesAndNav_DerivesFlowAndAumLikeTheFlowsPage()
    {
        var run = (await db.RunAsync("export", "flows", "--symbol", "LARGE")).ShouldSucceed();

        // Jan 3: (1,100,000 − 1,000,000) × 51 = 5,100,000; AUM 1,100,000 × 51 = 56,100,000. Jan 2 has no previous day.
        Assert.Equal(
            "Date,SharesOutstanding,Nav,NetFlow,Aum,Source,Modelled\n"
            + "2024-01-02,1000000,50,,50000000,issuer:test,false\n"
            + "2024-01-03,1100000,51,5100000,56100000,issuer:test,false\n",
            run.Out);
    }

    [Fact]
    public async Task ExportBars_OutFile_WritesFileAndLeavesStdoutEmpty()
    {
        var path = db.FileBeside("bars.csv");

        var run = (await db.RunAsync("export", "bars", "--symbol", "LARGE", "--out", path)).ShouldSucceed();

        Assert.Equal("", run.Out);
        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal(6, lines.Length);
        Assert.Equal("2024-01-06,59,61,58,60,500", lines[^1]);
    }

    [Fact]
    public async Task Export_UnknownSymbol_OneLineNamingItAndTheKnownOnes()
    {
        var run = await db.RunAsync("export", "bars", "--symbol", "NOPE");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'NOPE'", line, StringComparison.Ordinal);
        Assert.Contains("LARGE, SMALL", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Export_BadDate_OneLineNamingOptionAndValue()
    {
        var run = await db.RunAsync("export", "spread", "--small", "SMALL", "--large", "LARGE", "--to", "2024-02-31");

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--to", line, StringComparison.Ordinal);
        Assert.Contains("2024-02-31", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_EmptyWindow_HeaderOnlyWithWarning()
    {
        var run = (await db.RunAsync("export", "bars", "--symbol", "SMALL", "--from", "2030-01-01")).ShouldSucceed();

        Assert.Equal("Date,Open,High,Low,Close,Volume\n", run.Out);
        Assert.Contains("warning", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportIndicators_RatioSymbol_CloseIsRatioOnCommonDates()
    {
        var run = (await db.RunAsync("export", "indicators", "--symbol", "small:large")).ShouldSucceed();

        var csv = new ExportedCsv(run.Out);
        // 100/50, 110/50, 121/55, 99/60; Jan 6 is LARGE only. Four closes: every indicator still in warm-up.
        Assert.Equal(["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"], csv.Dates);
        Assert.Equal([2.0, 2.2, 2.2, 1.65], csv.Numbers("Close").Select(v => Math.Round(v, 12)));
        Assert.All(csv.Column("Sma10"), c => Assert.Equal("", c));
    }

    [Fact]
    public async Task Status_HandMadeStore_ListsEachSymbolWithCountsAndDates()
    {
        var run = (await db.RunAsync("status")).ShouldSucceed();

        var lines = run.Out.Split('\n');
        var small = lines.Single(l => l.StartsWith("SMALL ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var large = lines.Single(l => l.StartsWith("LARGE ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Symbol Kind Group Bars First Last RealFlows ModelledFlows FlowsFirst FlowsLast Holdings Sources (no holdings: "-")
        Assert.Equal(["SMALL", "Etf", "Small", "4", "2024-01-02", "2024-01-05", "1", "1", "2024-01-02", "2024-01-03", "-", "test"], small);
        Assert.Equal(["LARGE", "Etf", "Large", "5", "2024-01-02", "2024-01-06", "2", "0", "2024-01-02", "2024-01-03", "-", "test"], large);
    }

    private static void Fill(MarketDbContext context)
    {
        var small = new Instrument { Symbol = "SMALL", SizeGroup = SizeGroup.Small };
        var large = new Instrument { Symbol = "LARGE", SizeGroup = SizeGroup.Large };
        double[] smallCloses = [100, 110, 121, 99];
        double[] smallFactors = [1.0, 1.0, 1.01, 1.01];
        double[] largeCloses = [50, 50, 55, 60, 60];
        for (var i = 0; i < smallCloses.Length; i++)
        {
            small.Bars.Add(Bar(new DateOnly(2024, 1, 2 + i), smallCloses[i], smallFactors[i], 1000));
        }

        for (var i = 0; i < largeCloses.Length; i++)
        {
            large.Bars.Add(Bar(new DateOnly(2024, 1, 2 + i), largeCloses[i], 1.0, 500));
        }

        small.FundDays.Add(new FundDay
        {
            Date = new DateOnly(2024, 1, 2), SharesOutstanding = 1_000_000, Nav = 100, NetFlow = null, Aum = 100_000_000,
            Source = "model:v1", Modelled = true,
        });
        small.FundDays.Add(new FundDay
        {
            Date = new DateOnly(2024, 1, 3), NetFlow = -2_500_000.5, Source = "isaergun/etf-flows-data", Modelled = false,
        });
        // LARGE reports shares and NAV only: its flow and AUM are derived, as /flows derives them.
        large.FundDays.Add(new FundDay { Date = new DateOnly(2024, 1, 2), SharesOutstanding = 1_000_000, Nav = 50, Source = "issuer:test", Modelled = false });
        large.FundDays.Add(new FundDay { Date = new DateOnly(2024, 1, 3), SharesOutstanding = 1_100_000, Nav = 51, Source = "issuer:test", Modelled = false });
        context.Instruments.AddRange(small, large);
    }

    private static DailyBar Bar(DateOnly date, double close, double factor, double volume) => new()
    {
        Date = date, Open = close - 1, High = close + 1, Low = close - 2, Close = close, Volume = volume,
        TotalReturnFactor = factor, Source = "test",
    };
}
