using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Web.Hosting;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Hosting;

/// <summary>
/// A read-only database that holds no data-protection key yet: every page would fail on its forms and cookies, so the
/// app refuses to start with one line naming the database, never serving empty 500s.
/// </summary>
public sealed class ReadOnlyStartupTests : IAsyncLifetime
{
    private string _file = "";

    public async Task InitializeAsync() => _file = await TemplateDatabase.CopyAsync();

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        TemplateDatabase.Delete(_file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PrepareDatabase_ReadOnlyWithoutKey_RefusesWithOneLineNamingTheKeyRing()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:Market"] = $"Data Source={_file};Mode=ReadOnly";
        builder.Configuration["Sync:Schedule"] = "off";
        builder.AddMarketData();
        builder.AddDashboard();
        await using var app = builder.Build();
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        bool ready;
        try
        {
            ready = await app.PrepareDatabaseAsync();
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.False(ready);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("SmallCap Dashboard cannot start: the market database", line, StringComparison.Ordinal);
        Assert.Contains("no data-protection key", line, StringComparison.Ordinal);
        Assert.Contains("readonly", line, StringComparison.OrdinalIgnoreCase);
    }
}
