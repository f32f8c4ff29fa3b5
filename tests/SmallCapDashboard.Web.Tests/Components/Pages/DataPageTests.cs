using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using SmallCapDashboard.Web.Components.Pages;
using DataPage = SmallCapDashboard.Web.Components.Pages.Data;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>/data over the real bundle: every bundled symbol with its last date, and stale badges where a series ends early.</summary>
public class DataPageTests : BundlePageContext
{
    private Dictionary<string, IElement[]> CoverageRows()
    {
        var cut = RenderAt<DataPage>("/data", "[data-testid=coverage-table]");
        return cut.Find("[data-testid=coverage-table]").QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td").ToArray())
            .ToDictionary(cells => Text(cells[0]), cells => cells);
    }

    [Fact]
    public void Render_BundledStore_ListsEveryManifestSymbolWithItsPriceEndDate()
    {
        var rows = CoverageRows();
        var manifest = BundleManifestFile.PriceEndDates();

        Assert.Equal(manifest.Select(m => m.Symbol).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var (symbol, end) in manifest)
        {
            // Column 5 is "Last bar": the date, then a stale chip when there is one.
            var lastBar = Text(rows[symbol][4]);
            Assert.StartsWith(end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lastBar, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_BundledStore_MarksSeriesEndingWellBeforeTheLatestAsStale()
    {
        var rows = CoverageRows();
        var manifest = BundleManifestFile.PriceEndDates();
        var latest = manifest.Max(m => m.EndDate);

        // From the manifest: most series end 2025-12-24; DIA ends 2025-12-02 (22 days earlier) and the two indices
        // 2024-09-12. The app's rule is "more than 5 days before the latest last bar" (DashboardOptions.StaleAfterDays).
        Assert.Equal(new DateOnly(2025, 12, 24), latest);
        foreach (var symbol in new[] { "DIA", "^RUT", "^GSPC" })
        {
            Assert.Contains("stale", Text(rows[symbol][4]), StringComparison.Ordinal);
        }

        foreach (var symbol in new[] { "IWM", "IJR", "SPY", "QQQ", "TNA" })
        {
            Assert.DoesNotContain("stale", Text(rows[symbol][4]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_BundledStore_LabelsModelledFlowDays()
    {
        var rows = CoverageRows();

        // The seeder fills every fund day without a real row with modelled flows: IWM's bars run for years while
        // the real flow files cover 2026 only, so its "Modelled flow days" cell (column 11) carries the label.
        var modelledCell = Text(rows["IWM"][10]);
        Assert.Contains("modelled", modelledCell, StringComparison.Ordinal);
        Assert.NotEqual("0", modelledCell.Split(' ')[0]);
    }

    [Fact]
    public void Render_BundledStore_ListsTheSeedRun()
    {
        var cut = RenderAt<DataPage>("/data", "[data-testid=imports-table]");

        var rows = cut.Find("[data-testid=imports-table]").QuerySelectorAll("tbody tr");
        var seed = Assert.Single(rows);
        var cells = seed.QuerySelectorAll("td").Select(Text).ToArray();
        Assert.Equal("seed", cells[1]);
        Assert.Equal("bundle", cells[2]);
        Assert.EndsWith("manifest.json", cells[3], StringComparison.Ordinal);
        Assert.Equal("Succeeded", cells[6]);
    }

    [Fact]
    public void Render_BadQueryParameter_ShowsTheNotice()
    {
        var cut = RenderAt<DataPage>("/data?range=forever", "[data-testid=coverage-table]");

        var notice = Text(cut.Find("[data-testid=query-notices]"));
        Assert.Contains("'range'", notice, StringComparison.Ordinal);
        Assert.Contains("forever", notice, StringComparison.Ordinal);
    }
}

/// <summary>/data over the synthetic test market (every synthetic symbol and the SYNA reference bars).</summary>
public class DataPageOnTestMarketTests : DashboardContext
{
    [Fact]
    public void Render_ListsEverySymbolWithBarCounts()
    {
        var page = Render<SmallCapDashboard.Web.Components.Pages.Data>();
        page.WaitForElement("[data-testid=coverage-table]", TimeSpan.FromSeconds(20));
        var text = page.Find("[data-testid=coverage-table]").TextContent;
        foreach (var (symbol, _, _, _, _) in TestMarket.Synthetic)
        {
            Assert.Contains(symbol, text, StringComparison.Ordinal);
        }

        // SYNA has 2,520 weekday bars in the reference file.
        Assert.Contains("2,520", text, StringComparison.Ordinal);
        Assert.Contains("reference/SYNA/bars.csv", page.Find("[data-testid=imports-table]").TextContent, StringComparison.Ordinal);
    }
}
