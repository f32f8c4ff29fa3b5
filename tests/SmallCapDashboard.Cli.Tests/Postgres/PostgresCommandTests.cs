using SmallCapDashboard.Cli.Tests.Harness;

namespace SmallCapDashboard.Cli.Tests.Postgres;

/// <summary>On PostgreSQL only <c>db migrate</c> migrates; the other commands refuse an out-of-date schema with one line.</summary>
public sealed class PostgresCommandTests
{
    [Fact]
    public async Task DbMigrate_FreshPostgresDatabase_AppliesMigrationsThenIsUpToDate()
    {
        await using var db = await PostgresScratchDatabase.CreateAsync();

        var first = (await CliRun.RunAsync("db", "migrate", "--db", db.ConnectionString)).ShouldSucceed();
        var second = (await CliRun.RunAsync("db", "migrate", "--db", db.ConnectionString)).ShouldSucceed();

        Assert.Contains("applied", first.Out, StringComparison.Ordinal);
        Assert.Contains("up to date", second.Out, StringComparison.Ordinal);
        var migrations = Convert.ToInt64(await db.ScalarAsync("SELECT count(*) FROM \"__EFMigrationsHistory\""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(migrations >= 1, $"expected at least one applied migration, found {migrations}");
        var instruments = Convert.ToInt64(await db.ScalarAsync("SELECT count(*) FROM \"Instruments\""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, instruments);
    }

    [Fact]
    public async Task ExportBars_UnmigratedPostgresDatabase_RefusedWithOneLineSayingMigrate()
    {
        await using var db = await PostgresScratchDatabase.CreateAsync();

        var run = await CliRun.RunAsync("export", "bars", "--symbol", "IWM", "--db", db.ConnectionString);

        var line = run.ShouldFailWithOneLine();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("smallcap db migrate", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
        // Refusing must not have migrated anything behind the user's back.
        var tables = Convert.ToInt64(await db.ScalarAsync("SELECT count(*) FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory'"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, tables);
    }

    [Fact]
    public async Task SeedThenExportSpread_MigratedPostgresDatabase_SameYtd2017ReturnsAsOnSqlite()
    {
        await using var db = await PostgresScratchDatabase.CreateAsync();
        (await CliRun.RunAsync("db", "migrate", "--db", db.ConnectionString)).ShouldSucceed();
        (await CliRun.RunAsync("seed", "--db", db.ConnectionString)).ShouldSucceed();

        var run = (await CliRun.RunAsync(
            "export", "spread", "--small", "IWM", "--large", "SPY", "--from", "2017-01-01", "--to", "2017-08-17", "--db", db.ConnectionString)).ShouldSucceed();

        var csv = new ExportedCsv(run.Out);
        Assert.Equal(0.06, Math.Round(csv.Number("2017-08-17", "SmallReturn") * 100, 2));
        Assert.Equal(8.75, Math.Round(csv.Number("2017-08-17", "LargeReturn") * 100, 2));
        var status = (await CliRun.RunAsync("status", "--db", db.ConnectionString)).ShouldSucceed();
        Assert.Contains("PostgreSQL", status.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", status.Out, StringComparison.OrdinalIgnoreCase);
    }
}
