using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Benchmarks;

/// <summary>
/// Import of an iShares fund workbook the size of a real IWM download: a generated SpreadsheetML file (in a temp
/// folder) with <see cref="Sessions"/> Historical rows and <see cref="HoldingCount"/> holdings, raw <c>&amp;</c> in names
/// and HTML in the disclaimer as in real files, imported into an empty migrated SQLite database.
/// <code>dotnet run -c Release --project bench/SmallCapDashboard.Benchmarks -- --filter '*IssuerImportBenchmarks*'</code>
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IssuerImportBenchmarks
{
    private string _folder = "";
    private string _file = "";
    private ServiceProvider? _services;

    [Params(6_500)]
    public int Sessions { get; set; }

    [Params(2_000)]
    public int HoldingCount { get; set; }

    [GlobalSetup]
    public void Generate()
    {
        _folder = Path.Combine(Path.GetTempPath(), "smallcap-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        _file = Path.Combine(_folder, "iShares-Russell-2000-ETF_fund.xls");
        WriteWorkbook(_file, Sessions, HoldingCount);
    }

    [IterationSetup]
    public void EmptyDatabase()
    {
        var options = new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db") };
        _services = new ServiceCollection().AddMarketData(options).BuildServiceProvider();
        _services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true).GetAwaiter().GetResult();
    }

    [Benchmark]
    public int ImportWorkbook()
    {
        var service = ActivatorUtilities.CreateInstance<ImportService>(_services!);
        var result = service.ImportFlowsAsync(_file, new FlowImportOptions()).GetAwaiter().GetResult();
        if (!result.Succeeded || result.RowsWritten != Sessions || result.Holdings?.LinesWritten != HoldingCount)
        {
            throw new InvalidOperationException($"import failed: {result.Error} ({result.RowsWritten} rows)");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// workbook {new FileInfo(_file).Length / 1e6:F1} MB: parse {result.ParseTime.TotalMilliseconds:F0} ms, write {result.WriteTime.TotalMilliseconds:F0} ms, total {result.TotalTime.TotalMilliseconds:F0} ms"));
        return result.RowsWritten;
    }

    [IterationCleanup]
    public void DropDatabase()
    {
        _services?.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var db in Directory.GetFiles(_folder, "*.db*"))
        {
            File.Delete(db);
        }
    }

    [GlobalCleanup]
    public void Delete() => Directory.Delete(_folder, recursive: true);

    /// <summary>A SpreadsheetML workbook in the iShares download's shape (newest first, creation units of 50,000 shares).</summary>
    internal static void WriteWorkbook(string path, int sessions, int holdings)
    {
        var random = new Random(7);
        var sb = new StringBuilder(1 << 24);
        static string C(string v, string type = "String") => $"<ss:Cell ss:StyleID=\"Left\">\n<ss:Data ss:Type=\"{type}\">{v}</ss:Data>\n</ss:Cell>\n";
        sb.Append("<?xml version=\"1.0\"?>\n<ss:Workbook xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">\n");
        sb.Append("<ss:Worksheet ss:Name=\"Disclaimers\">\n<ss:Table>\n<ss:Row>\n").Append(C("<strong>GENERATED BENCHMARK FILE</strong> Terms & conditions")).Append("</ss:Row>\n</ss:Table>\n</ss:Worksheet>\n");
        sb.Append("<ss:Worksheet ss:Name=\"Holdings\">\n<ss:Table>\n");
        sb.Append("<ss:Row>\n").Append(C("31-Dec-2025")).Append("</ss:Row>\n");
        sb.Append("<ss:Row>\n").Append(C("iShares Russell 2000 ETF")).Append("</ss:Row>\n");
        sb.Append("<ss:Row>\n").Append(C("Fund Holdings as of")).Append(C("Dec 31, 2025")).Append("</ss:Row>\n");
        sb.Append("<ss:Row>\n").Append(C("Shares Outstanding")).Append(C("280,200,000.00")).Append("</ss:Row>\n");
        sb.Append("<ss:Row>\n").Append(C("")).Append("</ss:Row>\n<ss:Row>\n");
        foreach (var h in new[] { "Ticker", "Name", "Sector", "Asset Class", "Market Value", "Weight (%)", "Notional Value", "Quantity", "Price", "Location", "Exchange", "Currency", "FX Rate", "Accrual Date" })
        {
            sb.Append(C(h));
        }

        sb.Append("</ss:Row>\n");
        string[] sectors = ["Financials", "Health Care", "Information Technology", "Industrials", "Consumer Discretionary", "Energy"];
        for (var i = 0; i < holdings; i++)
        {
            var price = Math.Round(5 + random.NextDouble() * 300, 2);
            var quantity = random.Next(1_000, 5_000_000);
            var value = (price * quantity).ToString("F2", CultureInfo.InvariantCulture);
            sb.Append("<ss:Row>\n").Append(C($"T{i:D4}")).Append(C($"HOLDING {i} & SONS INC")).Append(C(sectors[i % sectors.Length])).Append(C("Equity"))
                .Append(C(value, "Number")).Append(C((100.0 / holdings).ToString("F5", CultureInfo.InvariantCulture), "Number")).Append(C(value, "Number"))
                .Append(C(quantity.ToString(CultureInfo.InvariantCulture), "Number")).Append(C(price.ToString(CultureInfo.InvariantCulture), "Number"))
                .Append(C("United States")).Append(C("NASDAQ")).Append(C("USD")).Append(C("1", "Number")).Append(C("--")).Append("</ss:Row>\n");
        }

        sb.Append("</ss:Table>\n</ss:Worksheet>\n<ss:Worksheet ss:Name=\"Historical\">\n<ss:Table>\n<ss:Row>\n")
            .Append(C("As Of")).Append(C("NAV per Share")).Append(C("Ex-Dividends")).Append(C("Shares Outstanding")).Append("</ss:Row>\n");
        var date = new DateOnly(2025, 12, 31);
        var shares = 280_200_000L;
        var nav = 230.0;
        for (var i = 0; i < sessions; i++)
        {
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                date = date.AddDays(-1);
            }

            sb.Append("<ss:Row>\n").Append(C(date.ToString("MMM dd, yyyy", CultureInfo.InvariantCulture)))
                .Append(C(nav.ToString("F6", CultureInfo.InvariantCulture), "Number")).Append(C("--"))
                .Append(C(shares.ToString(CultureInfo.InvariantCulture), "Number")).Append("</ss:Row>\n");
            date = date.AddDays(-1);
            nav = Math.Max(10, nav * (1 + (random.NextDouble() - 0.5) * 0.03));
            shares = Math.Max(1_000_000, shares + (random.Next(-6, 7) * 50_000));
        }

        sb.Append("</ss:Table>\n</ss:Worksheet>\n</ss:Workbook>\n");
        File.WriteAllText(path, sb.ToString());
    }
}
