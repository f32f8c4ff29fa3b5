using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Seed;
using SmallCapDashboard.Data.Store;
using SmallCapDashboard.Data.Tests.Bundle;
using SmallCapDashboard.Data.Tests.Store;

namespace SmallCapDashboard.Data.Tests.Seed;

public sealed class SeederBadBundleTests : IAsyncLifetime
{
    private readonly TempSqliteDatabase _db = new();
    private readonly string _bundle = Path.Combine(Path.GetTempPath(), "smallcap-badbundle-" + Guid.NewGuid().ToString("N")[..12]);

    public async Task InitializeAsync()
    {
        await _db.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: false);
        foreach (var file in Directory.GetFiles(BundleFiles.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_bundle, Path.GetRelativePath(BundleFiles.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        Directory.Delete(_bundle, recursive: true);
    }

    [Fact]
    public async Task Seed_NonNumericCloseInBundleFile_RefusedNamingFileLineFieldAndNothingStored()
    {
        var path = Path.Combine(_bundle, "prices", "QQQ.csv");
        var lines = File.ReadAllLines(path);
        var cells = lines[3].Split(',');
        cells[4] = "n/a";
        lines[3] = string.Join(',', cells);
        File.WriteAllLines(path, lines);

        var ex = await Assert.ThrowsAsync<InvalidDataException>(
            () => _db.Get<Seeder>().SeedAsync(_bundle, progress: null));

        Assert.Contains("QQQ.csv, line 4, field Close", ex.Message, StringComparison.Ordinal);
        await using var db = await _db.Factory.CreateDbContextAsync();
        Assert.Equal((0, 0, 0), (await db.Instruments.CountAsync(), await db.DailyBars.CountAsync(), await db.ImportRuns.CountAsync()));
    }

    [Fact]
    public async Task Seed_MissingManifest_RefusedNamingThePath()
    {
        File.Delete(Path.Combine(_bundle, "manifest.json"));

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => _db.Get<Seeder>().SeedAsync(_bundle, progress: null));

        Assert.Contains(Path.Combine(_bundle, "manifest.json"), ex.Message, StringComparison.Ordinal);
    }
}
