using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>
/// What a demanding user hit in a real browser: PNG export on a fresh link, Enter in the as-of field, the focus box
/// on page titles, the drawer over the page, clipped titles and a negative flow's minus sign on its own line on a
/// phone, charts updated in place.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LayoutTests(BrowserServer server)
{
    private async Task<(IBrowserContext Context, PageProbe Probe)> OpenAsync(string url, int width = 1400, int height = 1000)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var probe = await PageProbe.OpenAsync(context);
        await probe.Page.GotoAsync(server.BaseUrl + url);
        return (context, probe);
    }

    [Fact]
    public async Task PngButton_FreshLoad_DownloadsAPng()
    {
        var (context, probe) = await OpenAsync("/spread?range=1y&small=IWM&large=SPY");
        await using var _ = context;
        await probe.WaitForChartAsync();

        var download = await probe.Page.RunAndWaitForDownloadAsync(
            () => probe.Page.Locator("[data-chart=spread] [data-testid=png-button]").ClickAsync(),
            new PageRunAndWaitForDownloadOptions { Timeout = 30_000 });

        Assert.Equal("spread.png", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task AsOfField_TypeAndEnter_PinsTheDateInTheUrl()
    {
        var (context, probe) = await OpenAsync("/spread?range=1y&small=IWM&large=SPY");
        await using var _ = context;
        await probe.WaitForChartAsync();

        var field = probe.Page.Locator("[data-testid=asof-field]");
        await field.FillAsync("2024-06-14");
        await field.PressAsync("Enter");

        await probe.Page.WaitForFunctionAsync("() => location.search.includes('asof=2024-06-14')");
        await probe.Page.WaitForFunctionAsync("() => document.querySelector('[data-testid=asof]').textContent.includes('2024-06-14')");
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task NavLink_Click_TitleGetsFocusWithoutAFocusBox()
    {
        var (context, probe) = await OpenAsync("/spread?range=1y");
        await using var _ = context;
        await probe.WaitForChartAsync();

        await probe.Page.ClickAsync("nav a[href='/indicators']");
        await probe.Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.tagName === 'H1' && document.activeElement.textContent.includes('Indicators')");

        var outline = await probe.Page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.StartsWith("none", outline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(960)]
    [InlineData(1100)]
    [InlineData(1280)]
    [InlineData(1400)]
    public async Task Drawer_WideScreens_BesideThePageNotOverIt(int width)
    {
        var (context, probe) = await OpenAsync("/spread?range=1y", width);
        await using var _ = context;
        await probe.WaitForChartAsync();

        var (drawerRight, titleLeft, barLeft) = await Rects(probe.Page);
        Assert.True(titleLeft >= drawerRight - 0.5, $"at {width} px the title starts at {titleLeft} under the drawer ending at {drawerRight}");
        Assert.True(barLeft >= drawerRight - 0.5, $"at {width} px the toolbar starts at {barLeft} under the drawer ending at {drawerRight}");
    }

    [Theory]
    [InlineData(390)]
    [InlineData(800)]
    public async Task Drawer_NarrowScreens_ClosesAfterNavigating(int width)
    {
        var (context, probe) = await OpenAsync("/spread?range=1y", width);
        await using var _ = context;
        await probe.WaitForChartAsync();

        await probe.Page.ClickAsync("[aria-label='Toggle navigation']");
        await probe.Page.Locator("nav a[href='/indicators']").ClickAsync();
        await probe.Page.WaitForFunctionAsync("() => location.pathname === '/indicators'");
        await probe.Page.WaitForSelectorAsync("[data-testid=hit-rate-table]", new PageWaitForSelectorOptions { Timeout = 60_000 });

        await probe.Page.WaitForFunctionAsync(
            "() => { const d = document.querySelector('.mud-drawer'); if (!d) return true; const r = d.getBoundingClientRect(); return r.right <= 1 || r.width === 0 || getComputedStyle(d).visibility === 'hidden'; }",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    public static TheoryData<string> PhonePages => new()
    {
        "/", "/spread?range=1y", "/indicators?symbol=IWM&range=1y", "/flows?range=1y&funds=IWM,IJR,TNA,TZA", "/leveraged?range=1y", "/funds?range=1y", "/data",
    };

    [Theory]
    [MemberData(nameof(PhonePages))]
    public async Task Phone_TitlesAndPage_FitTheScreen(string url)
    {
        var (context, probe) = await OpenAsync(url, 390, 844);
        await using var _ = context;
        await probe.Page.WaitForSelectorAsync("h1");
        if (url != "/" && url != "/data")
        {
            await probe.WaitForChartAsync();
        }
        else
        {
            await probe.Page.WaitForTimeoutAsync(1500);
        }

        var clipped = await probe.Page.EvaluateAsync<string[]>(
            @"() => Array.from(document.querySelectorAll('h1, .chart-title, .basis-label, .date-field input'))
                .filter(e => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > innerWidth + 1 || e.getBoundingClientRect().left < -1)
                .map(e => e.tagName + ': ' + (e.value || e.textContent.trim()))");
        Assert.Empty(clipped);
        var overflow = await probe.Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth - innerWidth");
        Assert.True(overflow <= 1, $"{url} is {overflow} px wider than the phone");
        Assert.Empty(probe.Errors);
    }

    [Fact]
    public async Task Phone_NegativeFlow_MinusStaysWithItsDigits()
    {
        var (context, probe) = await OpenAsync("/flows?range=1y&funds=IWM,IJR,TNA,TZA", 390, 844);
        await using var _ = context;
        await probe.WaitForChartAsync();

        var money = await probe.Page.EvaluateAsync<string[][]>(
            @"() => Array.from(document.querySelectorAll('[data-testid=flow-summary] td.num')).map(td => {
                const e = td.querySelector('span.num') || td;
                const r = document.createRange();
                r.selectNodeContents(e);
                const lines = new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top)));
                return [e.textContent.trim(), String(lines.size)];
            })");
        var negatives = money.Where(m => m[0].Contains('\u2212', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(negatives);
        Assert.All(negatives, m => Assert.True(m[1] == "1", $"'{m[0]}' spans {m[1]} lines"));
    }

    [Fact]
    public async Task SpreadHalfWidthChart_TitlesAndDateFieldsNotClipped()
    {
        var (context, probe) = await OpenAsync("/spread?range=1y");
        await using var _ = context;
        await probe.WaitForChartAsync();

        var clipped = await probe.Page.EvaluateAsync<string[]>(
            @"() => Array.from(document.querySelectorAll('[data-chart] .chart-title, [data-chart] .basis-label, .date-field input'))
                .filter(e => { const p = (e.closest('[data-chart]') || e.closest('.date-field')).getBoundingClientRect(); const r = e.getBoundingClientRect();
                               return e.scrollWidth > e.clientWidth + 1 || r.left < p.left - 1 || r.right > p.right + 1; })
                .map(e => e.value || e.textContent.trim())");
        Assert.Empty(clipped);
    }

    [Fact]
    public async Task RangeChange_UpdatesTheSamePlotInPlace()
    {
        var (context, probe) = await OpenAsync("/spread?range=1y");
        await using var _ = context;
        await probe.WaitForChartAsync();
        await probe.Page.EvaluateAsync("() => { document.querySelector('[data-chart=spread-returns] .js-plotly-plot')._mark = 'same'; }");
        var before = await probe.Page.EvaluateAsync<string>("() => document.querySelector('[data-chart=spread-returns] .js-plotly-plot').dataset.drawn");

        await probe.Page.ClickAsync("[data-testid=control-bar] button[data-range='3m']");
        await probe.Page.WaitForFunctionAsync(
            "b => document.querySelector('[data-chart=spread-returns] .js-plotly-plot').dataset.drawn !== b", before);

        Assert.Equal("same", await probe.Page.EvaluateAsync<string>("() => document.querySelector('[data-chart=spread-returns] .js-plotly-plot')._mark"));
        Assert.Empty(probe.Errors);
    }

    // Charts keep a fixed left margin (no automargin, which made plotly lay a figure out again when tick labels
    // changed width with the range): every pane's title must still lie inside its chart, beside its pane and clear of
    // its tick labels.
    [Theory]
    [InlineData("/indicators?symbol=IWM&range=max")]
    [InlineData("/indicators?symbol=TZA&range=1m")]
    [InlineData("/spread?range=max")]
    [InlineData("/flows?range=max&funds=IWM,IJR,TNA,TZA")]
    [InlineData("/leveraged?range=max")]
    [InlineData("/funds?symbols=IWM&range=max")]
    public async Task YAxisTitles_FixedMargin_InsideTheChartAndClearOfTheTickLabels(string url)
    {
        var (context, probe) = await OpenAsync(url);
        await using var _ = context;
        await probe.WaitForAllChartsAsync();

        // The pane titles are annotations (PlotlyFigure.PaneTitle), each on its pane's y domain.
        var checks = await probe.Page.EvaluateAsync<string[]>(
            @"() => Array.from(document.querySelectorAll('.js-plotly-plot[data-drawn]')).flatMap(gd => {
                const box = gd.getBoundingClientRect();
                return Array.from(gd.querySelectorAll('g.annotation')).flatMap(g => {
                  const axis = gd._fullLayout.annotations[Number(g.getAttribute('data-index'))].yref.split(' ')[0];
                  const t = g.querySelector('text.annotation-text');
                  const r = t.getBoundingClientRect();
                  const labels = Array.from(gd.querySelectorAll('g.' + axis + 'tick text')).map(l => l.getBoundingClientRect()).filter(l => l.width > 0);
                  const labelsLeft = Math.min(...labels.map(l => l.left));
                  const problems = ['checked'];
                  if (r.width > 0 && r.left < box.left - 0.5) { problems.push(t.textContent + ' starts ' + Math.round(box.left - r.left) + ' px left of its chart'); }
                  if (r.width > 0 && labels.length > 0 && r.right > labelsLeft + 0.5) { problems.push(t.textContent + ' overlaps its tick labels by ' + Math.round(r.right - labelsLeft) + ' px'); }
                  const ya = gd._fullLayout['yaxis' + axis.slice(1)];
                  const middle = (r.top + r.bottom) / 2 - box.top;
                  if (middle < ya._offset || middle > ya._offset + ya._length) { problems.push(t.textContent + ' is not beside its pane'); }
                  return problems;
                });
              })");
        Assert.Contains("checked", checks);
        var overlaps = checks.Where(c => c != "checked").ToArray();
        Assert.True(overlaps.Length == 0, string.Join("; ", overlaps));
        Assert.Empty(probe.Errors);
    }

    private static async Task<(double DrawerRight, double TitleLeft, double BarLeft)> Rects(IPage page)
    {
        var r = await page.EvaluateAsync<double[]>(
            @"() => { const d = document.querySelector('.mud-drawer'); const dr = d ? d.getBoundingClientRect() : { right: 0, width: 0 };
                      const visible = d && dr.width > 0 && dr.right > 0 && getComputedStyle(d).visibility !== 'hidden';
                      return [visible ? dr.right : 0, document.querySelector('h1').getBoundingClientRect().left,
                              document.querySelector('[data-testid=control-bar]').getBoundingClientRect().left]; }");
        return (r[0], r[1], r[2]);
    }
}
