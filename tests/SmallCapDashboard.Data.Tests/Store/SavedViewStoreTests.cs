using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Store;

namespace SmallCapDashboard.Data.Tests.Store;

public sealed class SavedViewStoreTests
{
    [Theory]
    [InlineData("/spread?range=1y", true)]
    [InlineData("/", true)]
    [InlineData("", false)]
    [InlineData("spread", false)]
    [InlineData("//evil.example/", false)]
    [InlineData("/a\\b", false)]
    [InlineData("/a b", false)]
    [InlineData("/a\r\nb", false)]
    [InlineData("/a\u007f", false)]
    [InlineData("/\u00cfWM", false)]
    public void IsStorablePath_Cases(string path, bool expected) => Assert.Equal(expected, SavedViewStore.IsStorablePath(path));

    [Fact]
    public void IsStorablePath_2048AllowedAnd2049Refused()
    {
        Assert.True(SavedViewStore.IsStorablePath("/" + new string('x', 2047)));
        Assert.False(SavedViewStore.IsStorablePath("/" + new string('x', 2048)));
    }

    [Fact]
    public async Task SaveAsync_IdTakenByAnotherPath_MovesToTheNextSaltAndStaysStable()
    {
        await using var temp = new TempSqliteDatabase();
        await temp.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
        const string path = "/spread?range=1y";
        await using (var db = await temp.Factory.CreateDbContextAsync())
        {
            db.SavedViews.Add(new SavedView { Id = SavedViewStore.IdFor(path), Query = "/flows?someone-else", CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var store = temp.Get<ISavedViewStore>();
        var first = await store.SaveAsync(path);
        var second = await store.SaveAsync(path);
        Assert.Equal(SavedViewStore.IdFor(path, 1), first);
        Assert.Equal(first, second);
        Assert.Equal(path, await store.FindAsync(first));
        Assert.Equal("/flows?someone-else", await store.FindAsync(SavedViewStore.IdFor(path)));
    }

    [Fact]
    public async Task SaveAsync_ControlCharacters_ThrowsAndStoresNothing()
    {
        await using var temp = new TempSqliteDatabase();
        await temp.Get<MarketDatabase>().EnsureReadyAsync(allowMigrate: true);
        await Assert.ThrowsAsync<ArgumentException>(() => temp.Get<ISavedViewStore>().SaveAsync("/spread?\r\n"));
        await using var db = await temp.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.SavedViews.CountAsync());
    }
}
