using Bunit;
using SmallCapDashboard.Web.Components.Shared;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Shared;

/// <summary>The symbol list picker: chips remove, the limit hides the input, a lone symbol cannot be removed.</summary>
public class SymbolListPickerTests : DashboardContext
{
    private IRenderedComponent<SymbolListPicker> RenderPicker(IReadOnlyList<string> symbols, List<IReadOnlyList<string>> raised, int max = 6) =>
        Render<SymbolListPicker>(p => p
            .Add(c => c.Parameter, "small")
            .Add(c => c.Label, "Small")
            .Add(c => c.Symbols, symbols)
            .Add(c => c.Available, ["IWM", "IJR", "SPY", "QQQ"])
            .Add(c => c.Max, max)
            .Add(c => c.SymbolsChanged, s => raised.Add(s)));

    [Fact]
    public void CloseChip_MiddleSymbol_RaisesListWithoutIt()
    {
        var raised = new List<IReadOnlyList<string>>();
        var cut = RenderPicker(["IWM", "IJR", "QQQ"], raised);

        var close = cut.FindAll(".mud-chip").Single(c => c.TextContent.Trim() == "IJR").QuerySelector(".mud-chip-close-button")!;
        // A button that names its symbol and that the keyboard reaches (no tabindex="-1").
        Assert.Equal("Remove IJR", close.GetAttribute("aria-label"));
        Assert.Null(close.GetAttribute("tabindex"));
        close.Click();

        Assert.Equal(["IWM", "QQQ"], Assert.Single(raised));
    }

    [Fact]
    public void Render_SingleSymbol_ChipCannotBeClosed()
    {
        var cut = RenderPicker(["IWM"], []);

        Assert.Single(cut.FindAll(".mud-chip"));
        Assert.Empty(cut.FindAll(".mud-chip-close-button"));
    }

    [Fact]
    public void Render_AtLimit_HidesTheAddInput()
    {
        var atLimit = RenderPicker(["IWM", "IJR"], [], max: 2);
        var below = RenderPicker(["IWM"], [], max: 2);

        Assert.Empty(atLimit.FindAll("input"));
        Assert.Single(below.FindAll("input"));
    }

    [Fact]
    public void TypeAndPick_AvailableSymbol_RaisesListWithItAppended()
    {
        var raised = new List<IReadOnlyList<string>>();
        var cut = RenderPicker(["IWM"], raised);

        cut.Find("input").Input("qq");
        var item = cut.WaitForElement(".mud-list-item", TimeSpan.FromSeconds(30));
        Assert.Equal("QQQ", item.TextContent.Trim());
        item.Click();

        cut.WaitForAssertion(() => Assert.Equal(["IWM", "QQQ"], Assert.Single(raised)), TimeSpan.FromSeconds(30));
    }
}
