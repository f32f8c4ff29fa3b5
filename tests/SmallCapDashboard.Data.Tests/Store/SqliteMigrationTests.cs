using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Tests.Store;

public sealed class SqliteMigrationTests
{
    private static readonly string[] ExpectedTables =
        ["AlertDeliveries", "AlertEvents", "AlertRules",
         "AspNetRoleClaims", "AspNetRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens", "AspNetUsers",
         "DailyBars", "DataProtectionKeys", "FundDays", "Holdings", "HoldingsSnapshots", "ImportRuns", "Instruments", "SavedViews", "__EFMigrationsHistory", "__EFMigrationsLock"];

    [Fact]
    public async Task EnsureReady_NoFileYet_CreatesFolderFileAndEveryTable()
    {
        await using var temp = new TempSqliteDatabase();
        Assert.False(File.Exists(temp.FilePath));

        var applied = await temp.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: false);

        Assert.True(File.Exists(temp.FilePath));
        Assert.NotEmpty(applied);
        var tables = await QueryStringsAsync(temp.FilePath, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        Assert.Equal(ExpectedTables.Order(StringComparer.Ordinal), tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EnsureReady_NewFile_SwitchesToWalMode()
    {
        await using var temp = new TempSqliteDatabase();

        await temp.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: false);

        var mode = await QueryStringsAsync(temp.FilePath, "PRAGMA journal_mode");
        Assert.Equal("wal", Assert.Single(mode));
    }

    [Fact]
    public async Task EnsureReady_SecondCall_AppliesNothingAndKeepsRows()
    {
        await using var temp = new TempSqliteDatabase();
        var database = temp.Get<MarketDatabase>();
        await database.EnsureReadyAsync(allowMigrate: false);
        await using (var db = await temp.Factory.CreateDbContextAsync())
        {
            db.Instruments.Add(new Instrument { Symbol = "IWM", Name = "iShares Russell 2000 ETF" });
            await db.SaveChangesAsync();
        }

        var applied = await database.EnsureReadyAsync(allowMigrate: false);

        Assert.Empty(applied);
        Assert.Empty(await database.GetPendingMigrationsAsync());
        await using var check = await temp.Factory.CreateDbContextAsync();
        Assert.Equal("IWM", (await check.Instruments.SingleAsync()).Symbol);
    }

    [Fact]
    public async Task Factory_SqliteProvider_CreatesSqliteContext()
    {
        await using var temp = new TempSqliteDatabase();

        await using var db = await temp.Factory.CreateDbContextAsync();

        Assert.IsType<SqliteMarketDbContext>(db);
        Assert.True(db.Database.IsSqlite());
    }

    private static async Task<List<string>> QueryStringsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
