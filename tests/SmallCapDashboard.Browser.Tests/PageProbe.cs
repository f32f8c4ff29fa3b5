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

    /// <summary>Every chart the page shows has drawn (see <see cref="BrowserServer.WaitForAllChartsAsync"/>).</summary>
    public Task WaitForAllChartsAsync(float timeout = 30_000) => BrowserServer.WaitForAllChartsAsync(Page, timeout);

    /// <summary>The trace lengths of every chart on the page, chart after chart.</summary>
    public Task<int[]> TraceLengthsAsync() => Page.EvaluateAsync<int[]>(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(el => el.data.map(t => (t.x || []).length))");

    /// <summary>
    /// A JavaScript function <c>(x, i) =&gt; "yyyy-MM-dd"</c>: the date of a plot's x value (charts.js sends dates as
    /// milliseconds since 1970-01-01 in a typed array).
    /// </summary>
    public const string DayOf = "((x, i) => new Date(x[i]).toISOString().slice(0, 10))";

    /// <summary>A JavaScript expression: the first date of the first trace of the first chart.</summary>
    public const string FirstDay = DayOf + "(document.querySelector('.js-plotly-plot').data[0].x, 0)";

    /// <summary>The x-range (first and last date) of the first trace of the first chart.</summary>
    public Task<string[]> FirstTraceRangeAsync() => Page.EvaluateAsync<string[]>(
        "() => { const x = document.querySelector('.js-plotly-plot').data[0].x; const d = " + DayOf + "; return [d(x, 0), d(x, x.length - 1)]; }");
}
