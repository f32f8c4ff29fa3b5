using Microsoft.Playwright;

namespace SmallCapDashboard.Browser.Tests;

/// <summary>A page with its console errors collected, and helpers to wait for charts.</summary>
public sealed class PageProbe
{
    private PageProbe(IPage page) => Page = page;

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<PageProbe> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var probe = new PageProbe(page);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                probe.Errors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => probe.Errors.Add(e);
        return probe;
    }

    /// <summary>Waits until Blazor is interactive and the first Plotly chart has drawn.</summary>
    public Task WaitForChartAsync(float timeout = 30_000) =>
        Page.WaitForSelectorAsync("[data-live] > .js-plotly-plot .main-svg", new PageWaitForSelectorOptions { Timeout = timeout });

    /// <summary>The last finite y value of the first trace of the first chart.</summary>
    public Task<double> LastValueAsync() => Page.EvaluateAsync<double>(
        "() => { const el = document.querySelector('.js-plotly-plot'); const y = el.data[0].y; for (let i = y.length - 1; i >= 0; i--) if (y[i] !== null) return y[i]; return NaN; }");

    /// <summary>The first chart's trace lengths.</summary>
    public Task<int[]> TraceLengthsAsync() => Page.EvaluateAsync<int[]>(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(el => el.data.map(t => (t.x || []).length))");

    /// <summary>The x-range (first and last x) of the first trace of the first chart.</summary>
    public Task<string[]> FirstTraceRangeAsync() => Page.EvaluateAsync<string[]>(
        "() => { const x = document.querySelector('.js-plotly-plot').data[0].x; return [x[0], x[x.length - 1]]; }");
}
