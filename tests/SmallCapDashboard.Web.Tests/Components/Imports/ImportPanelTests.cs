using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Components.Imports;
using SmallCapDashboard.Web.Imports;
using SmallCapDashboard.Web.Tests.Harness;
using DataPage = SmallCapDashboard.Web.Components.Pages.Data;

namespace SmallCapDashboard.Web.Tests.Components.Imports;

/// <summary>The /data import panel over the test database: what a signed-in user sees after each kind of upload.</summary>
public sealed class ImportPanelTests : DashboardContext
{
    private const string Header = "Date,Open,High,Low,Close,Adj Close,Volume";

    public ImportPanelTests()
    {
        Services.AddLogging();
        Services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Services.AddUploads();
        Services.Configure<UploadOptions>(o => o.MaxUploadMegabytes = 1);
    }

    [Fact]
    public async Task Upload_YahooCsvOfANewSymbol_SummaryNamesRowsAndTheStoreHoldsTheBars()
    {
        Authorization.SetAuthorized("ana@example.com");
        var cut = Render<ImportPanel>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            $"{Header}\n2024-12-26,10.00,10.50,9.90,10.20,10.20,1000\n2024-12-27,10.20,10.60,10.10,10.40,10.40,1100\n2024-12-30,10.40,10.45,10.00,10.10,10.10,1050\n",
            "ZZZT.csv"));

        cut.WaitForAssertion(() => Assert.Contains("3 bars read for ZZZT, 3 written", cut.Markup.Contains("import-summary", StringComparison.Ordinal) ? Text(cut.Find("[data-testid=import-summary]").TextContent) : cut.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var bars = await Services.GetRequiredService<BarReader>().ReadAsync("ZZZT", PriceBasis.Price);
        Assert.Equal([new DateOnly(2024, 12, 26), new DateOnly(2024, 12, 27), new DateOnly(2024, 12, 30)], bars!.Dates);
        Assert.Equal([10.20, 10.40, 10.10], bars.Close);
    }

    [Fact]
    public async Task Upload_BadNumber_OneLineRefusalNamingLineAndFieldAndNothingStored()
    {
        Authorization.SetAuthorized("ana@example.com");
        var cut = Render<ImportPanel>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            $"{Header}\n2024-12-26,10.00,10.50,9.90,10.20,10.20,1000\n2024-12-27,10.20,10.60,10.10,abc,10.40,1100\n", "ZZZB.csv"));

        cut.WaitForAssertion(() => Assert.Contains("ZZZB.csv, line 3, field 'Close'", cut.Find("[data-testid=import-error]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Empty(cut.FindAll("[data-testid=import-summary]"));
        Assert.Null(await Services.GetRequiredService<InstrumentCatalog>().FindAsync("ZZZB"));
    }

    [Fact]
    public void Upload_AboveTheLimit_ClearMessageAndNothingRead()
    {
        Authorization.SetAuthorized("ana@example.com");
        var cut = Render<ImportPanel>();
        var big = Header + "\n" + string.Concat(Enumerable.Repeat("2024-12-26,10.00,10.50,9.90,10.20,10.20,1000\n", 30_000));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(big, "HUGE.csv"));

        var message = cut.Find("[data-testid=import-error]").TextContent;
        Assert.Contains("HUGE.csv is 1.3 MB; the upload limit is 1 MB (setting Import:MaxUploadMegabytes). Nothing was imported.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataPage_SignedOut_NoUploadControlButASignInLink()
    {
        var cut = Render<DataPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=coverage-table]")), TimeSpan.FromSeconds(30));
        Assert.Empty(cut.FindAll("[data-testid=import-panel]"));
        Assert.Empty(cut.FindAll("input[type=file]"));
        Assert.Contains("account/sign-in?ReturnUrl=%2Fdata", cut.Find("[data-testid=import-sign-in] a").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void DataPage_SignedIn_ShowsThePanel()
    {
        Authorization.SetAuthorized("ana@example.com");
        var cut = Render<DataPage>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=import-panel] input[type=file]")), TimeSpan.FromSeconds(30));
        Assert.Empty(cut.FindAll("[data-testid=import-sign-in]"));
    }

    [Fact]
    public async Task Importer_SignedOutPrincipal_RefusedBeforeReadingAnything()
    {
        var opened = false;
        var outcome = await Services.GetRequiredService<UploadImporter>().ImportAsync(
            new ClaimsPrincipal(new ClaimsIdentity()), "ZZZS.csv", 10, _ => { opened = true; return new MemoryStream(); }, null, null, CancellationToken.None);
        Assert.False(outcome.Succeeded);
        Assert.Equal("Sign in to import files.", outcome.Error);
        Assert.False(opened);
        Assert.Null(await Services.GetRequiredService<InstrumentCatalog>().FindAsync("ZZZS"));
    }

    [Fact]
    public async Task Upload_WorkbookOfAFundNotInTheCatalogue_RefusalSaysSoThenRetryWithAChosenSymbolStoresItsRealFlowsAndHoldings()
    {
        Authorization.SetAuthorized("ana@example.com");
        var cut = Render<ImportPanel>();
        var options = cut.FindAll("[data-testid=import-symbol] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal("", options[0]); // "From the file" first
        Assert.Contains("IJR", options);
        Assert.Contains("TNA", options);

        var workbook = await File.ReadAllBytesAsync(SmallCapDashboard.Testing.RepoPaths.SharedData("issuer", WorkbookName));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(workbook, WorkbookName));

        cut.WaitForAssertion(() => Assert.Contains("the fund 'iShares Example Small-Cap ETF' is not in the catalogue",
            cut.Find("[data-testid=import-error]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        Assert.Contains("not in the catalogue", cut.Find("[data-testid=import-needs-symbol]").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid=import-retry]").HasAttribute("disabled"));
        Assert.Empty(await Services.GetRequiredService<HoldingsReader>().SnapshotsAsync(["IJR"]));

        cut.Find("[data-testid=import-symbol]").Change("IJR");
        Assert.Contains("Retry as IJR", cut.Find("[data-testid=import-retry]").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=import-retry]").Click();

        // 503 rows in the file's Historical sheet (2023-01-02 .. 2024-12-31); 46 holdings as of Dec 31, 2024.
        cut.WaitForAssertion(() => Assert.Contains("503 fund days read for IJR", Text(cut.Find("[data-testid=import-summary]").TextContent), StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        Assert.Contains("Holdings of IJR as of 2024-12-31: 46 read, 46 written", Text(cut.Find("[data-testid=import-holdings]").TextContent), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=import-error]"));

        var days = await Services.GetRequiredService<FundDayReader>().ReadAsync("IJR", includeModelled: false, from: new DateOnly(2024, 12, 30));
        Assert.Equal([new DateOnly(2024, 12, 30), new DateOnly(2024, 12, 31)], days!.Dates);
        // Dec 31: (115,500,000 - 115,800,000) shares x NAV 113.721696 = -34,116,508.8; AUM 115,500,000 x 113.721696.
        Assert.Equal(-34_116_508.8, days.NetFlow[1]!.Value, 1e-3);
        Assert.Equal(115_500_000 * 113.721696, days.Aum[1]!.Value, 1e-3);
        var snapshot = Assert.Single(await Services.GetRequiredService<HoldingsReader>().SnapshotsAsync(["IJR"]));
        Assert.Equal((new DateOnly(2024, 12, 31), 46, 115_500_000d), (snapshot.AsOf, snapshot.Lines, snapshot.SharesOutstanding!.Value));
    }

    [Fact]
    public async Task Upload_WorkbookWithTheSymbolChosenFirst_ImportsAtOnceUnderIt()
    {
        Authorization.SetAuthorized("ana@example.com");
        var cut = Render<ImportPanel>();
        cut.Find("[data-testid=import-symbol]").Change("IJR");
        var workbook = await File.ReadAllBytesAsync(SmallCapDashboard.Testing.RepoPaths.SharedData("issuer", WorkbookName));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(workbook, WorkbookName));

        cut.WaitForAssertion(() => Assert.Contains("503 fund days read for IJR", Text(cut.Find("[data-testid=import-summary]").TextContent), StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        Assert.Empty(cut.FindAll("[data-testid=import-needs-symbol]"));
    }

    private const string WorkbookName = "iShares-Example-Small-Cap-ETF_fund.xls";

    private static string Text(string html) => System.Text.RegularExpressions.Regex.Replace(html, @"\s+", " ");

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\ana\\IWM.csv", "IWM.csv")]
    [InlineData("^RUT.csv", "^RUT.csv")]
    [InlineData("a b;c.csv", "a_b_c.csv")]
    [InlineData("..", "upload.csv")]
    public void SafeName_KeepsOnlyTheFileName(string name, string expected) => Assert.Equal(expected, UploadImporter.SafeName(name));
}
