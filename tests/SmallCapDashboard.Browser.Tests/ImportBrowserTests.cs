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

    /// <summary>
    /// The synthetic iShares workbook names a fund the catalogue does not know: refused with that reason, retried as
    /// IJR (the symbol picked on the panel), then /flows shows IJR's real December 2024 and /funds its holdings.
    /// Expected figures from the workbook: AUM on Dec 31, 2024 = 115,500,000 shares x NAV 113.721696 = $13,134.86M;
    /// Financials = 18 of the 46 holdings' weights (4.5 x 4). It writes IJR real flows for 2023-01-02..2024-12-31 and
    /// an IJR snapshot, which no other browser test reads.
    /// </summary>
    [Fact]
    public async Task SignIn_UploadISharesWorkbook_PickSymbolAndRetry_FlowsAndFundsShowTheRealDataAndHoldings()
    {
        var outcome = await server.Services.GetRequiredService<UserAccounts>().AddAsync("workbook@example.com", Password, MarketUsers.AdminRole);
        Assert.True(outcome.Succeeded, outcome.Error);
        var workbook = SmallCapDashboard.Testing.RepoPaths.SharedData("issuer", "iShares-Example-Small-Cap-ETF_fund.xls");
        const string FlowsUrl = "/flows?funds=IJR&from=2024-12-02&to=2024-12-31&real=1";

        await using var context = await server.NewContextAsync();
        var errors = new List<string>();
        var page = await BrowserServer.OpenAsync(context, errors);

        // Before: no real IJR flows and no IJR holdings.
        await page.GotoAsync(server.BaseUrl + FlowsUrl);
        await page.Locator("[data-testid=empty-state]", new PageLocatorOptions { HasText = "No real flow data for IJR" })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await page.GotoAsync(server.BaseUrl + "/funds?symbols=IJR");
        await page.WaitForSelectorAsync("[data-testid=snapshots]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Contains("No holdings imported", await page.Locator("[data-testid=snapshots] tr[data-fund=IJR]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(server.BaseUrl + "/account/sign-in?ReturnUrl=%2Fdata");
        await page.FillAsync("#sign-in-email", "workbook@example.com");
        await page.FillAsync("#sign-in-password", Password);
        await page.ClickAsync("[data-testid=sign-in-submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/data");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=import-file]')?._blazorInputFileNextFileId !== undefined",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });

        await page.SetInputFilesAsync("[data-testid=import-file]", workbook);
        var error = page.Locator("[data-testid=import-error]");
        await error.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Contains("the fund 'iShares Example Small-Cap ETF' is not in the catalogue", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.IsDisabledAsync("[data-testid=import-retry]"));

        await page.SelectOptionAsync("[data-testid=import-symbol]", "IJR");
        var retry = page.Locator("[data-testid=import-retry]", new PageLocatorOptions { HasText = "Retry as IJR" });
        await retry.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await retry.ClickAsync();
        var summary = page.Locator("[data-testid=import-summary]");
        await summary.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var said = System.Text.RegularExpressions.Regex.Replace(await summary.InnerTextAsync(), @"\s+", " ");
        Assert.Contains("503 fund days read for IJR", said, StringComparison.Ordinal);
        Assert.Contains("Holdings of IJR as of 2024-12-31: 46 read, 46 written", said, StringComparison.Ordinal);

        // After: /flows shows IJR's real days with their source and a drawn chart; the last AUM is the file's.
        await page.GotoAsync(server.BaseUrl + FlowsUrl);
        await BrowserServer.WaitForChartAsync(page);
        Assert.Contains("IJR — iShares fund file (as of 2024-12-31)", await page.Locator("[data-testid=flow-sources]").InnerTextAsync(), StringComparison.Ordinal);
        var summaryRow = await page.Locator("[data-testid=flow-summary] tr[data-fund=IJR]").InnerTextAsync();
        Assert.Contains("$13,134.86M", summaryRow, StringComparison.Ordinal);
        Assert.Equal("false", await page.Locator("[data-testid=flow-summary] tr[data-fund=IJR]").GetAttributeAsync("data-modelled"));

        // /funds: the snapshot's as-of, its 46 holdings and the sector weights.
        await page.GotoAsync(server.BaseUrl + "/funds?symbols=IJR");
        await page.WaitForSelectorAsync("[data-testid=sectors]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        var snapshot = await page.Locator("[data-testid=snapshots] tr[data-fund=IJR]").InnerTextAsync();
        Assert.Contains("2024-12-31", snapshot, StringComparison.Ordinal);
        Assert.Contains("46", snapshot, StringComparison.Ordinal);
        Assert.Contains("18.00%", await page.Locator("[data-testid=sectors] tr[data-sector=Financials]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.IsVisibleAsync("#blazor-error-ui"));
        Assert.Empty(errors);
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
