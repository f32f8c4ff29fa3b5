using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Cli.Tests.Harness;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Cli.Tests.Commands;

/// <summary><c>user add EMAIL --role R</c> with the password on standard input, on a fresh SQLite file.</summary>
public sealed class UserCommandTests : IAsyncDisposable
{
    private const string Password = "Str0ng!pass";
    private readonly TempDatabase db = new();

    public ValueTask DisposeAsync() => db.DisposeAsync();

    [Fact]
    public async Task Add_PasswordOnStdin_UserCanBeCheckedWithThatPasswordAndHasTheRole()
    {
        var run = await RunAsync(Password + "\n", "user", "add", "ana@example.com", "--role", "admin");
        run.ShouldSucceed();
        Assert.Contains("Added user ana@example.com (role admin)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, run.Out + run.Err, StringComparison.Ordinal);

        await using var services = Users();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync("ana@example.com");
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, Password));
        Assert.False(await users.CheckPasswordAsync(user, Password + "x"));
        Assert.Equal(["admin"], await users.GetRolesAsync(user));
        Assert.NotEqual(Password, user.PasswordHash);
    }

    [Fact]
    public async Task Add_SameEmailTwice_SecondFailsWithOneLine()
    {
        (await RunAsync(Password + "\n", "user", "add", "bo@example.com")).ShouldSucceed();
        var line = (await RunAsync(Password + "\n", "user", "add", "bo@example.com")).ShouldFailWithOneLine();
        Assert.Contains("already exists", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_NoPasswordOnStdin_FailsWithOneLineSayingHow()
    {
        var line = (await RunAsync("", "user", "add", "cy@example.com")).ShouldFailWithOneLine();
        Assert.Contains("no password on standard input", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_WeakPassword_FailsNamingTheRule()
    {
        var line = (await RunAsync("short\n", "user", "add", "di@example.com")).ShouldFailWithOneLine();
        Assert.Contains("at least 8 characters", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-email", "admin", "is not an e-mail address")]
    [InlineData("ed@example.com", "root", "is not a role")]
    public async Task Add_BadEmailOrRole_FailsWithOneLine(string email, string role, string expected)
    {
        var line = (await RunAsync(Password + "\n", "user", "add", email, "--role", role)).ShouldFailWithOneLine();
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    private async Task<CliRun> RunAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync([.. args, "--db", db.Path], input, output, error, _ => null);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private ServiceProvider Users()
    {
        var services = new ServiceCollection().AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = db.Path });
        services.AddMarketUsers();
        return services.BuildServiceProvider();
    }
}
