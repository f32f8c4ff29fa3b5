using System.Net;
using SmallCapDashboard.Web.Tests.Harness;
using static SmallCapDashboard.Web.Tests.Components.Account.Redirects;

namespace SmallCapDashboard.Web.Tests.Components.Account;

/// <summary>Sign-in, sign-out, antiforgery and lockout on the whole app (viewing open: the default).</summary>
public sealed class SignInTests : IClassFixture<SignInTests.Factory>
{
    private const string Password = "Sign1n!pass";
    private readonly Factory _factory;

    public SignInTests(Factory factory) => _factory = factory;

    /// <summary>Own app and database (accounts get locked here); lockout after 3 failures.</summary>
    public sealed class Factory : DashboardFactory
    {
        public Factory() => Settings["Auth:MaxFailedAttempts"] = "3";
    }

    [Fact]
    public async Task SignIn_RightPassword_RedirectsToReturnUrlAndDataShowsTheImportPanel()
    {
        await FormClient.AddUserAsync(_factory.Services, "ok@example.com", Password);
        var client = FormClient.Create(_factory);

        var signedOut = await client.Http.GetStringAsync("/data");
        Assert.DoesNotContain("data-testid=\"import-panel\"", signedOut, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"file\"", signedOut, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-sign-in\"", signedOut, StringComparison.Ordinal);

        var response = await client.SignInAsync("ok@example.com", Password, "/data?range=1y");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/data?range=1y", PathAndQuery(response));

        var signedIn = await client.Http.GetStringAsync("/data");
        Assert.Contains("data-testid=\"import-panel\"", signedIn, StringComparison.Ordinal);
        Assert.Contains("type=\"file\"", signedIn, StringComparison.Ordinal);
        Assert.Contains("ok@example.com", signedIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ForeignReturnUrl_GoesHomeInstead()
    {
        await FormClient.AddUserAsync(_factory.Services, "home@example.com", Password);
        var response = await FormClient.Create(_factory).SignInAsync("home@example.com", Password, "https://evil.example/x");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", PathAndQuery(response));
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_RefusedAndNotSignedIn()
    {
        await FormClient.AddUserAsync(_factory.Services, "csrf@example.com", Password);
        var client = FormClient.Create(_factory);
        var response = await client.SignInAsync("csrf@example.com", Password, withAntiforgery: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("data-testid=\"import-panel\"", await client.Http.GetStringAsync("/data"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoAndStaysSignedOut()
    {
        await FormClient.AddUserAsync(_factory.Services, "wrong@example.com", Password);
        var client = FormClient.Create(_factory);
        var response = await client.SignInAsync("wrong@example.com", "Not-the-1-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The e-mail or the password is wrong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"import-panel\"", await client.Http.GetStringAsync("/data"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ThreeFailures_LocksEvenTheRightPassword()
    {
        await FormClient.AddUserAsync(_factory.Services, "locked@example.com", Password);
        var client = FormClient.Create(_factory);
        for (var i = 0; i < 3; i++)
        {
            await client.SignInAsync("locked@example.com", "Not-the-1-password");
        }

        var response = await client.SignInAsync("locked@example.com", Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This account is locked after 3 failed sign-ins", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"import-panel\"", await client.Http.GetStringAsync("/data"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_PostWithToken_SignsOut_WithoutToken_Refused()
    {
        await FormClient.AddUserAsync(_factory.Services, "out@example.com", Password);
        var client = FormClient.Create(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("out@example.com", Password)).StatusCode);

        var noToken = await client.Http.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "data" }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("data-testid=\"import-panel\"", await client.Http.GetStringAsync("/data"), StringComparison.Ordinal);

        var fields = await client.HiddenFieldsAsync("/data", "sign-out-form");
        Assert.True(fields.ContainsKey("__RequestVerificationToken"));
        var signOut = await client.Http.PostAsync("/account/sign-out", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/data", PathAndQuery(signOut));
        Assert.DoesNotContain("data-testid=\"import-panel\"", await client.Http.GetStringAsync("/data"), StringComparison.Ordinal);
    }
}

internal static class Redirects
{
    public static string PathAndQuery(HttpResponseMessage response) =>
        new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery;
}

/// <summary><c>Auth:RequireSignIn=true</c>: everything but the sign-in page, static files and /healthz needs a user.</summary>
public sealed class RequireSignInTests : IClassFixture<RequireSignInTests.Factory>
{
    private readonly Factory _factory;

    public RequireSignInTests(Factory factory) => _factory = factory;

    public sealed class Factory : DashboardFactory
    {
        public Factory() => Settings["Auth:RequireSignIn"] = "true";
    }

    [Theory]
    [InlineData("/spread?range=1y")]
    [InlineData("/data")]
    [InlineData("/")]
    [InlineData("/export/spread.csv?range=1y")]
    public async Task Get_SignedOut_RedirectsToSignIn(string url)
    {
        var response = await FormClient.Create(_factory).Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/account/sign-in?ReturnUrl=", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(url), location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/healthz")]
    [InlineData("/assets/css/app.css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/_framework/blazor.web.js")]
    public async Task Get_SignedOut_OpenRoutesStillAnswer(string url)
    {
        var response = await FormClient.Create(_factory).Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_SignedIn_PageAnswers()
    {
        await FormClient.AddUserAsync(_factory.Services, "viewer@example.com", "View3r!pass");
        var client = FormClient.Create(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("viewer@example.com", "View3r!pass", "/spread")).StatusCode);
        var response = await client.Http.GetAsync("/spread?range=1y");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
