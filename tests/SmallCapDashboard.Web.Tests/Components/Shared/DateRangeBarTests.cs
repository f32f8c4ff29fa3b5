using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using Bunit;
using SmallCapDashboard.Web.Components.Shared;
using SmallCapDashboard.Web.Services.Spread;
using SmallCapDashboard.Web.Url;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Shared;

/// <summary>The shared control bar: presets, basis toggle, as-of line, freshness badges.</summary>
public class DateRangeBarTests : DashboardContext
{
    private static readonly ViewWindow Custom =
        new(null, new DateOnly(2020, 1, 1), new DateOnly(2020, 6, 30), new DateOnly(2020, 6, 30), PriceBasis.Total);

    private IRenderedComponent<DateRangeBar> RenderBar(ViewWindow window, List<ViewWindow> raised, params SymbolFreshness[] freshness) =>
        Render<DateRangeBar>(p => p
            .Add(b => b.Window, window)
            .Add(b => b.WindowChanged, w => raised.Add(w))
            .Add(b => b.ResolvedAsOf, new DateOnly(2020, 6, 30))
            .Add(b => b.Freshness, freshness));

    [Fact]
    public void ClickPreset_CustomWindow_RaisesPresetKeepingAsOfAndBasis()
    {
        var raised = new List<ViewWindow>();
        var cut = RenderBar(Custom, raised);

        cut.Find("button[data-range='6m']").Click();

        var w = Assert.Single(raised);
        Assert.Equal(Period.M6, w.Range);
        Assert.Null(w.From);
        Assert.Null(w.To);
        Assert.Equal(new DateOnly(2020, 6, 30), w.AsOf);
        Assert.Equal(PriceBasis.Total, w.Basis);
    }

    [Fact]
    public void Render_CustomWindow_NoPresetPressed()
    {
        var cut = RenderBar(Custom, []);

        Assert.All(cut.FindAll("button[data-range]"), b => Assert.Equal("false", b.GetAttribute("aria-pressed")));
        Assert.Equal(10, cut.FindAll("button[data-range]").Count);
    }

    [Fact]
    public void Render_PresetWindow_OnlyThatPresetPressed()
    {
        var cut = RenderBar(ViewWindow.Default with { Range = Period.Ytd }, []);

        var pressed = cut.FindAll("button[data-range]").Where(b => b.GetAttribute("aria-pressed") == "true").ToList();
        Assert.Equal("ytd", Assert.Single(pressed).GetAttribute("data-range"));
    }

    [Fact]
    public void ClickBasis_Price_RaisesPriceBasisKeepingDates()
    {
        var raised = new List<ViewWindow>();
        var cut = RenderBar(Custom, raised);
        Assert.StartsWith("total return", cut.Find("[data-testid=basis-name]").TextContent, StringComparison.Ordinal);
        var selected = cut.FindAll(".basis-toggle .mud-toggle-item").Where(e => e.GetAttribute("aria-checked") == "true").ToList();
        Assert.Equal("Total return", Assert.Single(selected).TextContent.Trim());

        // The selected item again changes nothing.
        cut.FindAll(".basis-toggle .mud-toggle-item").Single(e => e.TextContent.Trim() == "Total return").Click();
        Assert.Empty(raised);
        cut.FindAll(".basis-toggle .mud-toggle-item").Single(e => e.TextContent.Trim() == "Price").Click();

        var w = Assert.Single(raised);
        Assert.Equal(PriceBasis.Price, w.Basis);
        Assert.Equal(Custom.From, w.From);
        Assert.Equal(Custom.To, w.To);
    }

    [Fact]
    public void Render_Freshness_BadgesOnlyStaleSymbols()
    {
        var cut = RenderBar(Custom, [],
            new SymbolFreshness("IWM", new DateOnly(2020, 6, 30), false),
            new SymbolFreshness("DIA", new DateOnly(2020, 6, 1), true));

        var spans = cut.FindAll(".freshness");
        Assert.Equal(2, spans.Count);
        Assert.Null(spans[0].QuerySelector("[data-testid=stale-badge]"));
        Assert.NotNull(spans[1].QuerySelector("[data-testid=stale-badge]"));
        Assert.Contains("DIA last 2020-06-01", spans[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("2020-06-30", cut.Find("[data-testid=asof]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TypedFrom_ShowsTheTypedDateNotTheBaseClose()
    {
        // from=2017-01-01 resolves to the base close 2016-12-30; the field keeps what the user typed.
        var window = new ViewWindow(null, new DateOnly(2017, 1, 1), null, null, PriceBasis.Price);
        var cut = Render<DateRangeBar>(p => p
            .Add(b => b.Window, window)
            .Add(b => b.WindowChanged, _ => { })
            .Add(b => b.ResolvedAsOf, new DateOnly(2017, 8, 17))
            .Add(b => b.ResolvedRange, (new DateOnly(2016, 12, 30), new DateOnly(2017, 8, 17))));

        Assert.Equal("2017-01-01", cut.Find("[data-testid=range-from] input, input[data-testid=range-from]").GetAttribute("value"));
        Assert.Equal("2017-08-17", cut.Find("[data-testid=range-to] input, input[data-testid=range-to]").GetAttribute("value"));
    }

    [Fact]
    public void EnterInAsOf_TypedDate_RaisesWindowPinnedThere()
    {
        var raised = new List<ViewWindow>();
        var cut = RenderBar(ViewWindow.Default, raised);
        var input = AsOfInput(cut);

        input.Input("2020-05-29");
        Assert.Empty(raised);
        input.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        var w = Assert.Single(raised);
        Assert.Equal(new DateOnly(2020, 5, 29), w.AsOf);
        Assert.Equal(Period.Y1, w.Range);
    }

    [Fact]
    public void EnterInAsOf_NotADate_SaysSoAndRaisesNothing()
    {
        var raised = new List<ViewWindow>();
        var cut = RenderBar(ViewWindow.Default, raised);
        var input = AsOfInput(cut);

        input.Input("2020-13-45");
        input.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        Assert.Empty(raised);
        Assert.Equal("'2020-13-45' is not a date; type yyyy-MM-dd", cut.Find(".mud-input-helper-text.mud-input-error").TextContent.Trim());
        Assert.Equal("true", AsOfInput(cut).GetAttribute("aria-invalid"));

        AsOfInput(cut).Input("2020-05-29");
        AsOfInput(cut).Blur();
        Assert.Empty(cut.FindAll(".mud-input-error"));
        Assert.Equal(new DateOnly(2020, 5, 29), Assert.Single(raised).AsOf);
    }

    [Fact]
    public void EnterInFrom_TypedDate_RaisesCustomWindowFromIt()
    {
        var raised = new List<ViewWindow>();
        var cut = RenderBar(ViewWindow.Default, raised);
        var input = cut.Find("input[data-testid=range-from], [data-testid=range-from] input");

        input.Input("2017-01-01");
        input.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        var w = Assert.Single(raised);
        Assert.Equal(new DateOnly(2017, 1, 1), w.From);
        Assert.Null(w.To); // a preset's end stays open, so the link still follows the data
        Assert.Null(w.Range);
    }

    private static AngleSharp.Dom.IElement AsOfInput(IRenderedComponent<DateRangeBar> cut) =>
        cut.Find("input[data-testid=asof-field], [data-testid=asof-field] input");
}
