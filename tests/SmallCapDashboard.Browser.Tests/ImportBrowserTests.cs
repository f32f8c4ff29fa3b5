using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>Sign in, upload a small Yahoo CSV on /data and see the table change; a signed-out visitor gets no upload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportBrowserTests(BrowserServer server)
{
    private const string Password = "Br0wser!pass";

    [Fact]
    public async Task SignIn_UploadYahooCsv_DataShowsTheNewSymbolWithoutReload()
    {
        var outcome = await server.Services.GetRequiredService<UserAccounts>().AddAsync("browser@example.com", Password, MarketUsers.AdminRole);
        Assert.True(outcome.Succeeded, outcome.Error);
        var folder = Directory.CreateTempSubdirectory("smallcap-browser-upload-");
        try
        {
            var file = Path.Combine(folder.FullName, "ZBRW.csv");
            await File.WriteAllTextAsync(file,
                "Date,Open,High,Low,Close,Adj Close,Volume\n" +
                "2025-12-22,20.00,20.50,19.90,20.20,20.20,5000\n" +
                "2025-12-23,20.20,20.60,20.10,20.40,20.40,5100\n" +
                "2025-12-24,20.40,20.45,20.00,20.10,20.10,5050\n");

            await using var context = await server.NewContextAsync();
            var errors = new List<string>();
            var page = await BrowserServer.OpenAsync(context, errors);
            await page.GotoAsync(server.BaseUrl + "/account/sign-in?ReturnUrl=%2Fdata");
            await page.FillAsync("#sign-in-email", "browser@example.com");
            await page.FillAsync("#sign-in-password", Password);
            await page.ClickAsync("[data-testid=sign-in-submit]");
            await page.WaitForURLAsync(server.BaseUrl + "/data");
            Assert.Equal(0, await page.Locator("text=ZBRW").CountAsync());

            // The file input is live once Blazor's InputFile has initialised it on the circuit.
            await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=import-file]')?._blazorInputFileNextFileId !== undefined",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            await page.SetInputFilesAsync("[data-testid=import-file]", file);
            var summary = page.Locator("[data-testid=import-summary]");
            await summary.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            Assert.Contains("3 bars read for ZBRW, 3 written", System.Text.RegularExpressions.Regex.Replace(await summary.InnerTextAsync(), @"\s+", " "), StringComparison.Ordinal);

            var row = page.Locator("[data-testid=coverage-table] tr", new PageLocatorOptions { HasText = "ZBRW" });
            await row.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            Assert.Contains("2025-12-24", await row.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("ZBRW.csv", await page.Locator("[data-testid=imports-table]").InnerTextAsync(), StringComparison.Ordinal);
            Assert.False(await page.IsVisibleAsync("#blazor-error-ui"));
            Assert.Empty(errors);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task SignedOut_Data_NoUploadControlAndASignInLink()
    {
        await using var context = await server.NewContextAsync();
        var errors = new List<string>();
        var page = await BrowserServer.OpenAsync(context, errors);
        await page.GotoAsync(server.BaseUrl + "/data");
        await page.WaitForSelectorAsync("[data-testid=coverage-table]");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        Assert.Equal(0, await page.Locator("input[type=file]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=import-panel]").CountAsync());
        Assert.True(await page.IsVisibleAsync("[data-testid=import-sign-in] a"));
        Assert.True(await page.IsVisibleAsync("[data-testid=sign-in-link]"));
        Assert.Empty(errors);
    }
}
