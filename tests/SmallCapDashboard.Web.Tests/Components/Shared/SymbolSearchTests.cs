using Bunit;
using SmallCapDashboard.Web.Components.Shared;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Shared;

/// <summary>The symbol box with suggestions that stands in for MudAutocomplete: keyboard, click, typed text.</summary>
public class SymbolSearchTests : DashboardContext
{
    private static readonly string[] Symbols = ["IWM", "IJR", "SPY", "QQQ"];

    private readonly List<string> _picked = [];

    private IRenderedComponent<SymbolSearch> RenderSearch(bool acceptTyped = false, bool clearOnPick = false) =>
        Render<SymbolSearch>(p => p
            .Add(c => c.Label, "Symbol")
            .Add(c => c.Value, "IWM")
            .Add(c => c.Search, (text, _) => Task.FromResult(Symbols.Where(s => s.Contains(text ?? "", StringComparison.OrdinalIgnoreCase))))
            .Add(c => c.Picked, s => _picked.Add(s))
            .Add(c => c.AcceptTyped, acceptTyped)
            .Add(c => c.ClearOnPick, clearOnPick));

    private static List<string> Options(IRenderedComponent<SymbolSearch> cut) =>
        [.. cut.FindAll("[role=listbox] [role=option]").Select(o => o.TextContent.Trim())];

    [Fact]
    public void Type_Text_ListsTheMatchesAndClickPicksOne()
    {
        var cut = RenderSearch();

        cut.Find("input").Input("i");

        Assert.Equal(["IWM", "IJR"], Options(cut));
        Assert.Equal("true", cut.Find("input").GetAttribute("aria-expanded"));
        cut.FindAll("[role=option]")[1].Click();

        Assert.Equal(["IJR"], _picked);
        Assert.Empty(Options(cut));
        Assert.Equal("IJR", cut.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void Keyboard_ArrowsThenEnter_PicksTheHighlightedOne()
    {
        var cut = RenderSearch();
        cut.Find("input").Focus();
        Assert.Equal(Symbols, Options(cut));

        cut.Find("input").KeyDown("ArrowDown");
        cut.Find("input").KeyDown("ArrowDown");
        cut.Find("input").KeyDown("ArrowUp");
        var input = cut.Find("input");
        Assert.Equal(cut.FindAll("[role=option]")[0].Id, input.GetAttribute("aria-activedescendant"));
        Assert.Equal("true", cut.FindAll("[role=option]")[0].GetAttribute("aria-selected"));
        input.KeyDown("Enter");

        Assert.Equal(["IWM"], _picked);
    }

    [Fact]
    public void Keyboard_Escape_ClosesTheList()
    {
        var cut = RenderSearch();
        cut.Find("input").Input("q");

        cut.Find("input").KeyDown("Escape");

        Assert.Empty(Options(cut));
        Assert.Equal("false", cut.Find("input").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void TypedText_AcceptTyped_TakenOnEnterOrLeavingTheField()
    {
        var cut = RenderSearch(acceptTyped: true);

        cut.Find("input").Input(" IWM:SPY ");
        cut.Find("input").KeyDown("Enter");
        cut.Find("input").Input("QQQ:SPY");
        cut.Find("input").Blur();

        Assert.Equal(["IWM:SPY", "QQQ:SPY"], _picked);
    }

    [Fact]
    public void TypedText_NotAccepted_EnterOrLeavingPicksNothing()
    {
        var cut = RenderSearch();

        cut.Find("input").Input("XYZ");
        cut.Find("input").KeyDown("Enter");
        cut.Find("input").Blur();

        Assert.Empty(_picked);
    }

    [Fact]
    public void Pick_ClearOnPick_EmptiesTheField()
    {
        var cut = RenderSearch(clearOnPick: true);

        cut.Find("input").Input("sp");
        cut.Find("[role=option]").Click();

        Assert.Equal(["SPY"], _picked);
        Assert.Null(cut.Find("input").GetAttribute("value"));
    }
}
