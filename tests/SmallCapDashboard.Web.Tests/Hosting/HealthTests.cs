using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Hosting;

/// <summary><c>/healthz</c> runs the health checks: the database must accept a write and the key ring must be readable.</summary>
[Collection(DashboardCollection.Name)]
public class HealthTests(DashboardFactory factory)
{
    [Fact]
    public async Task Get_Healthz_WritableDatabase_HealthyWithEachCheck()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("healthy", json.RootElement.GetProperty("checks").GetProperty("data-protection").GetString());
    }

    [Fact]
    public async Task Get_Healthz_TwiceInParallel_ProbeRowNeverStays()
    {
        var client = factory.CreateClient();
        var codes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetAsync("/healthz")));
        Assert.All(codes, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var connection = new SqliteConnection($"Data Source={factory.DatabaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM SavedViews WHERE Id LIKE '~%'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}

/// <summary>A database the app can read but not write: pages may render, but /healthz must say so.</summary>
public sealed class ReadOnlyHealthTests : IAsyncLifetime
{
    private string _file = "";
    private WebApplicationFactory<Program>? _factory;

    public async Task InitializeAsync()
    {
        _file = await TemplateDatabase.CopyAsync();

        // The app ran once on this database with write access, so it holds a data-protection key.
        await using (var writable = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Market", _file);
            b.UseSetting("Sync:Schedule", "off");
        }))
        {
            Assert.Equal(HttpStatusCode.OK, (await writable.CreateClient().GetAsync("/healthz")).StatusCode);
        }

        SqliteConnection.ClearAllPools();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Market", $"Data Source={_file};Mode=ReadOnly");
            b.UseSetting("Sync:Schedule", "off");
        });
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        TemplateDatabase.Delete(_file);
    }

    [Fact]
    public async Task Get_Healthz_ReadOnlyDatabase_Unhealthy503NamingTheDatabase()
    {
        var response = await _factory!.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("down", json.RootElement.GetProperty("database").GetString());
        Assert.Equal("unhealthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Contains("readonly", json.RootElement.GetProperty("problems").GetProperty("database").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/spread?range=1y")]
    [InlineData("/indicators?symbol=SYNA&range=1y")]
    [InlineData("/data")]
    public async Task Get_Page_ReadOnlyDatabaseWithKey_PageRendersFromTheStore(string url)
    {
        var response = await _factory!.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("mud-main-content", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
