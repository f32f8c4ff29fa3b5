using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// Hand-made data of a test fund TFND for <c>/funds</c>: real fund days on every weekday from 2024-07-01 to 2024-12-31
/// (day i: 1,000,000 + 1,000·i shares at NAV 50, AUM = 50 × shares) and two holdings snapshots, 2024-06-28 (Industrials
/// 60%, Information Technology 40%) and 2024-12-31 (50%, 30%, Health Care 20%). <see cref="AddNewerAsync"/> is a later
/// import: the weekdays of 2025-01-01 to 2025-03-31 and a snapshot of 2025-03-31 (45%, 35%, 20%).
/// </summary>
internal static class FundsMarket
{
    /// <summary>The fund's symbol.</summary>
    public const string Symbol = "TFND";

    /// <summary>Adds the fund, its 2024 days and its two 2024 snapshots.</summary>
    public static async Task SeedAsync(IDbContextFactory<MarketDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var fund = new Instrument { Symbol = Symbol, Name = "Test fund (test data)", Kind = InstrumentKind.Etf };
        AddDays(fund, new DateOnly(2024, 7, 1), new DateOnly(2024, 12, 31), 0);
        db.Instruments.Add(fund);
        db.HoldingsSnapshots.Add(Snapshot(fund, new DateOnly(2024, 6, 28), ("AAA", "Industrials", 60), ("BBB", "Information Technology", 40)));
        db.HoldingsSnapshots.Add(Snapshot(fund, new DateOnly(2024, 12, 31), ("AAA", "Industrials", 50), ("BBB", "Information Technology", 30), ("CCC", "Health Care", 20)));
        await db.SaveChangesAsync();
    }

    /// <summary>The later import: the days of 2025-01-01 to 2025-03-31 (continuing the count of days) and the 2025-03-31 snapshot.</summary>
    public static async Task AddNewerAsync(IDbContextFactory<MarketDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var fund = await db.Instruments.SingleAsync(i => i.Symbol == Symbol);
        var count = await db.FundDays.CountAsync(d => d.InstrumentId == fund.Id);
        AddDays(fund, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), count);
        db.HoldingsSnapshots.Add(Snapshot(fund, new DateOnly(2025, 3, 31), ("AAA", "Industrials", 45), ("BBB", "Information Technology", 35), ("CCC", "Health Care", 20)));
        await db.SaveChangesAsync();
    }

    /// <summary>Seeds a SQLite file (before an app starts on it), optionally with the later import too.</summary>
    public static async Task SeedFileAsync(string file, bool newer)
    {
        var services = new ServiceCollection()
            .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = file })
            .BuildServiceProvider();
        await using (services)
        {
            var contexts = services.GetRequiredService<IDbContextFactory<MarketDbContext>>();
            await SeedAsync(contexts);
            if (newer)
            {
                await AddNewerAsync(contexts);
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static void AddDays(Instrument fund, DateOnly first, DateOnly last, int index)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var shares = 1_000_000.0 + 1_000 * index++;
            fund.FundDays.Add(new FundDay { Date = day, SharesOutstanding = shares, Nav = 50, Aum = shares * 50, Source = "test:issuer-file" });
        }
    }

    private static HoldingsSnapshot Snapshot(Instrument fund, DateOnly asOf, params (string Ticker, string Sector, double Weight)[] lines) => new()
    {
        Instrument = fund,
        AsOf = asOf,
        Source = "test holdings file",
        FundName = "Test fund",
        ImportedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Holdings = [.. lines.Select((l, i) => new Holding { Position = i, Ticker = l.Ticker, Name = l.Ticker + " Inc", Sector = l.Sector, WeightPercent = l.Weight })],
    };
}

/// <summary>The harness's app over a copy of the test market plus <see cref="FundsMarket"/> with its later import.</summary>
public sealed class FundsFactory : DashboardFactory
{
    protected override Task SeedAsync(string file) => FundsMarket.SeedFileAsync(file, newer: true);
}
