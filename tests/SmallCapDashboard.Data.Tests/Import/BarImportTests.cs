using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Data.Tests.Import;

public sealed class BarImportSqliteTests(SqliteImportDatabase db) : BarImportTests(db), IClassFixture<SqliteImportDatabase>;

public sealed class BarImportPostgresTests(PostgresImportDatabase db) : BarImportTests(db), IClassFixture<PostgresImportDatabase>;

/// <summary>Bar imports against a real database: every real file, idempotence, the overlap rule, factor chaining.</summary>
public abstract class BarImportTests(MarketTestDatabase db) : IAsyncLifetime
{
    private readonly TempDir _dir = new();

    protected ImportService Service { get; } = new(db);

    public Task InitializeAsync() => db.ResetAsync();

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(RealBarFilesTests.AllFiles), MemberType = typeof(RealBarFilesTests))]
    public async Task ImportBars_RealFile_StoresEveryBarUnderItsSymbol(string folder, string name, BarFormat format)
    {
        var path = Testing.RepoPaths.SharedData(folder, name);
        var symbol = name[..name.IndexOf('.')];

        var result = await Service.ImportBarsAsync(path, new BarImportOptions());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(format.ToString().ToLowerInvariant(), result.Format);
        Assert.Equal([symbol], result.Symbols);
        Assert.Equal(SharedFiles.DataLines(path), result.RowsWritten);
        await using var context = db.CreateDbContext();
        var instrument = await context.Instruments.SingleAsync();
        Assert.Equal(symbol, instrument.Symbol);
        Assert.NotEqual(InstrumentKind.Other, instrument.Kind);
        Assert.Equal(SharedFiles.DataLines(path), await context.DailyBars.CountAsync());
        Assert.Equal(ImportStatus.Succeeded, (await context.ImportRuns.SingleAsync()).Status);
    }

    [Fact]
    public async Task ImportBars_SameFileTwice_SecondChangesNothing()
    {
        var path = SharedFiles.Formats("IJR.eod.csv");
        await Service.ImportBarsAsync(path, new BarImportOptions());
        var before = await db.SnapshotAsync();

        var again = await Service.ImportBarsAsync(path, new BarImportOptions());

        var after = await db.SnapshotAsync();
        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(0, again.RowsWritten);
        Assert.Equal(before.Bars, after.Bars);
        Assert.Equal(before.Instruments, after.Instruments);
        Assert.Equal(before.Runs.Count + 1, after.Runs.Count);
    }

    [Fact]
    public async Task ImportBars_UnknownSymbol_CreatesInstrumentOfKindOther()
    {
        var result = await Service.ImportBarsAsync(SharedFiles.Fixture("stooq-mixed-case.csv"), new BarImportOptions { Symbol = "zzz" });

        Assert.True(result.Succeeded, result.Error);
        await using var context = db.CreateDbContext();
        var instrument = await context.Instruments.SingleAsync();
        Assert.Equal("ZZZ", instrument.Symbol);
        Assert.Equal(InstrumentKind.Other, instrument.Kind);
    }

    [Theory]
    [InlineData("IWM.csv", "IWM.eod.csv")]
    [InlineData("IJR.csv", "IJR.eod.csv")]
    [InlineData("DIA.csv", "DIA.eod.csv")]
    [InlineData("QQQ.csv", "QQQ.eod.csv")]
    [InlineData("SPY.csv", "SPY.yahoo.csv")]
    public async Task ImportBars_FormatsFileOverBundle_AcceptedAndStoredBarsKept(string bundle, string other)
    {
        await Service.ImportBarsAsync(SharedFiles.Prices(bundle), new BarImportOptions { Source = "bundle:yfinance" });
        var before = await db.SnapshotAsync();

        var result = await Service.ImportBarsAsync(SharedFiles.Formats(other), new BarImportOptions());

        Assert.True(result.Succeeded, result.Error);
        var after = await db.SnapshotAsync();
        // Every stored bar is untouched; only dates the bundle lacks (none or a few) are added.
        Assert.Empty(before.Bars.Except(after.Bars));
        Assert.Equal(result.RowsWritten, after.Bars.Count - before.Bars.Count);
    }

    [Fact]
    public async Task ImportBars_DoctoredCopyDisagreeingOverHalfPercent_RefusedThenAcceptedWithReplace()
    {
        await Service.ImportBarsAsync(SharedFiles.Prices("IWM.csv"), new BarImportOptions { Source = "bundle:yfinance" });
        var doctored = WriteDoctoredCopy(SharedFiles.Formats("IWM.eod.csv"), "IWM.doctored.csv", new DateOnly(2010, 1, 1), new DateOnly(2012, 12, 31), 1.02);
        var before = await db.SnapshotAsync();

        var refused = await Service.ImportBarsAsync(doctored, new BarImportOptions { Symbol = "IWM" });

        var afterRefusal = await db.SnapshotAsync();
        Assert.Equal(ImportStatus.Refused, refused.Status);
        Assert.Contains("IWM.doctored.csv", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--replace", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before.Bars, afterRefusal.Bars);
        Assert.Equal(before.Instruments, afterRefusal.Instruments);
        var newRun = Assert.Single(afterRefusal.Runs.Skip(before.Runs.Count));
        Assert.Equal(ImportStatus.Refused, newRun.Status);

        var replaced = await Service.ImportBarsAsync(doctored, new BarImportOptions { Symbol = "IWM", Replace = true });

        Assert.True(replaced.Succeeded, replaced.Error);
        await using var context = db.CreateDbContext();
        var stored = await context.DailyBars.AsNoTracking().Where(b => b.Date == new DateOnly(2011, 6, 1)).SingleAsync();
        // formats/IWM.eod.csv 2011-06-01 Close is a raw close after the 2005 split, doctored ×1.02.
        var raw = SharedFiles.Column(SharedFiles.Formats("IWM.eod.csv"), 4)[new DateOnly(2011, 6, 1)];
        Assert.Equal(raw * 1.02, stored.Close, 1e-9);
        Assert.Equal("import:eod:IWM.doctored.csv", stored.Source);
    }

    [Fact]
    public async Task ImportBars_LongerFileOverShorterOne_ChainsFactorKeepingStoredScale()
    {
        // Stored: IWM from 2010 only, factor 1.0 on its first bar. Then the full file from 2000.
        var full = SharedFiles.Prices("IWM.csv");
        var lines = File.ReadAllLines(full);
        var part = _dir.Write("IWM.part.csv", string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Where(l => string.CompareOrdinal(l, "2010") >= 0))));
        await Service.ImportBarsAsync(part, new BarImportOptions());
        var first2010 = (await db.SnapshotAsync()).Bars[0];

        var result = await Service.ImportBarsAsync(full, new BarImportOptions());

        Assert.True(result.Succeeded, result.Error);
        var bars = (await db.SnapshotAsync()).Bars.ToDictionary(b => b.Date);
        Assert.Equal(1.0, bars[first2010.Date].Factor);
        // Across the join, the total-return move equals the file's own total-return move.
        var own = BarFileReader.Read(full).Bars.ToDictionary(b => b.Date);
        var prev = new DateOnly(2009, 12, 31);
        var expected = own[first2010.Date].Close * own[first2010.Date].TotalReturnFactor / (own[prev].Close * own[prev].TotalReturnFactor);
        var actual = bars[first2010.Date].Close * bars[first2010.Date].Factor / (bars[prev].Close * bars[prev].Factor);
        Assert.Equal(expected, actual, 1e-12);
        // Dividends paid between 2005 and 2010 make the earlier factor smaller than the stored 1.0.
        Assert.True(bars[new DateOnly(2005, 1, 3)].Factor < 1.0);
    }

    /// <summary>Copies an EOD file with every price on [from, to] multiplied by <paramref name="factor"/>.</summary>
    private string WriteDoctoredCopy(string source, string name, DateOnly from, DateOnly to, double factor)
    {
        var lines = File.ReadAllLines(source);
        for (var i = 1; i < lines.Length; i++)
        {
            var parts = lines[i].Split(',');
            var date = DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (date < from || date > to)
            {
                continue;
            }

            for (var c = 1; c <= 5; c++)
            {
                parts[c] = (double.Parse(parts[c], CultureInfo.InvariantCulture) * factor).ToString("R", CultureInfo.InvariantCulture);
            }

            lines[i] = string.Join(',', parts);
        }

        return _dir.Write(name, string.Join('\n', lines));
    }
}
