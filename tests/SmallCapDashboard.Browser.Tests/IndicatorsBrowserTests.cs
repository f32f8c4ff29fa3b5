using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// /indicators' RSI field in a real browser: its keys stay in the browser (dashboard.js), ArrowUp steps the period and
/// commits it, and a committed text that is not a whole number, or out of range, never stays in the field.
/// </summary>
[Collection(BrowserCollection.Name)]
public class IndicatorsBrowserTests(BrowserServer server)
{
    private const string Rsi = "[data-testid=settings-menu] input#ind-rsi";

    private async Task<(IBrowserContext Context, PageProbe Probe, ILocator Field)> OpenSettingsAsync()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var probe = await PageProbe.OpenAsync(context);
        await probe.Page.GotoAsync(server.BaseUrl + "/indicators?symbol=IWM&range=1y");
        await probe.WaitForChartAsync(60_000);
        await probe.Page.Locator("[data-testid=settings-menu] .toolbar-menu-button").ClickAsync();
        var field = probe.Page.Locator(Rsi);
        await field.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        return (context, probe, field);
    }

    [Fact]
    public async Task RsiField_ArrowUp_StepsThePeriodAndRedraws()
    {
        var (context, probe, field) = await OpenSettingsAsync();
        await using var _ = context;

        await field.FocusAsync();
        await field.PressAsync("ArrowUp");

        await probe.Page.WaitForURLAsync(u => u.Contains("rsi=15", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 15_000 });
        await probe.Page.WaitForFunctionAsync($"() => document.querySelector('{Rsi}').getAttribute('aria-valuenow') === '15'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.Equal("15", await field.InputValueAsync());
        Assert.Empty(probe.Errors);
    }

    [Theory]
    [InlineData("abc", "14")]
    [InlineData("1,6", "14")]
    [InlineData("500", "100")]
    public async Task RsiField_CommittedText_NeverStaysInvalid(string typed, string shown)
    {
        var (context, probe, field) = await OpenSettingsAsync();
        await using var _ = context;

        await field.FillAsync(typed);
        await field.PressAsync("Enter");

        Assert.Equal(shown, await field.InputValueAsync());
        if (shown == "14")
        {
            // Nothing was committed: the URL and the field's value stay.
            await probe.Page.WaitForTimeoutAsync(500);
            Assert.DoesNotContain("rsi=", probe.Page.Url, StringComparison.Ordinal);
            Assert.Equal("14", await field.GetAttributeAsync("aria-valuenow"));
        }
        else
        {
            await probe.Page.WaitForURLAsync(u => u.Contains("rsi=" + shown, StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 15_000 });
        }

        Assert.Empty(probe.Errors);
    }
}
