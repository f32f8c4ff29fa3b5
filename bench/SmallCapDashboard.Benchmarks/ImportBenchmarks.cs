using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Benchmarks;

/// <summary>
/// Importer throughput: one generated Yahoo-format file of <see cref="Bars"/> bars imported into an empty,
/// migrated database (start-up, file generation and migration excluded). Bars per second = Bars / Mean.
/// SQLite always; PostgreSQL when <c>SMALLCAP_BENCH_POSTGRES</c> holds a connection string to a superuser
/// (a throwaway database is created per iteration).
/// <code>dotnet run -c Release --project bench/SmallCapDashboard.Benchmarks -- --filter '*ImportBenchmarks*'</code>
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ImportBenchmarks
{
    private string _folder = "";
    private string _file = "";
    private ServiceProvider? _services;
    private string? _postgresDatabase;

    [Params(1_000_000)]
    public int Bars { get; set; }

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    public static IEnumerable<string> Providers() =>
        Environment.GetEnvironmentVariable("SMALLCAP_BENCH_POSTGRES") is { Length: > 0 } ? ["Sqlite", "Postgres"] : ["Sqlite"];

    [GlobalSetup]
    public void Generate()
    {
        _folder = Path.Combine(Path.GetTempPath(), "smallcap-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        _file = Path.Combine(_folder, "GEN.csv");
        WriteYahooFile(_file, Bars);
    }

    [IterationSetup]
    public void EmptyDatabase()
    {
        var options = Provider == "Sqlite"
            ? new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db") }
            : new MarketDataOptions { Provider = MarketDataProvider.Postgres, ConnectionString = CreatePostgresDatabase() };
        _services = new ServiceCollection().AddMarketData(options).BuildServiceProvider();
        _services.GetRequiredService<MarketDatabase>().EnsureReadyAsync(allowMigrate: true).GetAwaiter().GetResult();
    }

    [Benchmark]
    public int ImportGeneratedFile()
    {
        var service = ActivatorUtilities.CreateInstance<ImportService>(_services!);
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var result = service.ImportBarsAsync(_file, new BarImportOptions()).GetAwaiter().GetResult();
        if (!result.Succeeded || result.RowsWritten != Bars)
        {
            throw new InvalidOperationException($"import failed: {result.Error} ({result.RowsWritten} rows)");
        }

        // On a shared machine wall time depends on the neighbours; this process's CPU time (SQLite runs
        // in-process) is printed too.
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// import {Provider}: parse {result.ParseTime.TotalSeconds:F2} s, write {result.WriteTime.TotalSeconds:F2} s, {Bars / result.TotalTime.TotalSeconds:N0} bars/s wall, {Bars / cpu.TotalSeconds:N0} bars/s of process CPU"));
        return result.RowsWritten;
    }

    [IterationCleanup]
    public void DropDatabase()
    {
        _services?.Dispose();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            OnPostgresServer($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
            _postgresDatabase = null;
        }

        foreach (var db in Directory.GetFiles(_folder, "*.db*"))
        {
            File.Delete(db);
        }
    }

    [GlobalCleanup]
    public void Delete() => Directory.Delete(_folder, recursive: true);

    /// <summary>A Yahoo CSV of weekday bars from 0001-01-01 with a random walk and a quarterly dividend in Adj Close.</summary>
    internal static void WriteYahooFile(string path, int bars)
    {
        var random = new Random(42);
        using var w = new StreamWriter(path);
        w.Write("Date,Open,High,Low,Close,Adj Close,Volume\n");
        var date = new DateOnly(1, 1, 1);
        var close = 100.0;
        var factor = 0.5;
        for (var i = 0; i < bars; i++)
        {
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                date = date.AddDays(1);
            }

            var open = close;
            close = Math.Max(1, close * (1 + ((random.NextDouble() - 0.5) * 0.04)));
            if (i % 63 == 62 && factor < 1)
            {
                factor *= 1.004;
            }

            var high = Math.Max(open, close) * 1.01;
            var low = Math.Min(open, close) * 0.99;
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"{date:yyyy-MM-dd},{open:F4},{high:F4},{low:F4},{close:F4},{close * factor:F6},{random.Next(1000, 1_000_000)}\n"));
            date = date.AddDays(1);
        }
    }

    private string CreatePostgresDatabase()
    {
        _postgresDatabase = "smallcap_bench_" + Guid.NewGuid().ToString("N")[..12];
        OnPostgresServer($"CREATE DATABASE \"{_postgresDatabase}\"");
        return new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("SMALLCAP_BENCH_POSTGRES")) { Database = _postgresDatabase }.ConnectionString;
    }

    private static void OnPostgresServer(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("SMALLCAP_BENCH_POSTGRES")) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
