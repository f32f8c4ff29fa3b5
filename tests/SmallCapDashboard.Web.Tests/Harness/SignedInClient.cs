using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>A cookie-keeping client that fills and posts the app's server-rendered forms as a browser would.</summary>
public sealed partial class FormClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    /// <summary>A client that does not follow redirects (so a test sees the 302 and its Location).</summary>
    public static FormClient Create(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Adds a user through the store's <see cref="UserAccounts"/> (as <c>smallcap user add</c> does).</summary>
    public static async Task AddUserAsync(IServiceProvider services, string email, string password)
    {
        var outcome = await services.GetRequiredService<UserAccounts>().AddAsync(email, password, MarketUsers.AdminRole);
        Assert.True(outcome.Succeeded, outcome.Error);
    }

    /// <summary>The hidden inputs of the page's form with <paramref name="formTestId"/> (antiforgery token, Blazor's handler name).</summary>
    public async Task<Dictionary<string, string>> HiddenFieldsAsync(string url, string formTestId)
    {
        var html = await Http.GetStringAsync(url);
        var start = html.IndexOf($"data-testid=\"{formTestId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no form {formTestId} on {url}");
        var formStart = html.LastIndexOf("<form", start, StringComparison.Ordinal);
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[formStart..end];
        return Hidden().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
    }

    /// <summary>Posts the sign-in form with the page's own hidden fields.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string returnUrl = "/data", bool withAntiforgery = true)
    {
        var url = "/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var fields = await HiddenFieldsAsync(url, "sign-in-form");
        if (!withAntiforgery)
        {
            fields.Remove("__RequestVerificationToken");
        }

        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        return await Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Hidden();
}
