using Bunit;
using SmallCapDashboard.Web.Components.Flows;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Flows;

/// <summary>The page's one modelled-data notice names the "Real data only" switch only where the page has it.</summary>
public sealed class ModelledNoteTests : DashboardContext
{
    private static readonly IReadOnlyList<(string Panel, IReadOnlyList<string> Funds)> Panels =
        [("AUM", ["IJR", "TNA"]), ("shares outstanding", ["IJR"])];

    [Fact]
    public void Note_OnAPageWithoutTheSwitch_NamesFundsAndMarksButNoSwitch()
    {
        var cut = Render<ModelledNote>(p => p.Add(c => c.Panels, Panels));

        var text = cut.Find("[data-testid=modelled-note]").TextContent;
        Assert.Contains("IJR, TNA include days from the demo flow model", text, StringComparison.Ordinal);
        Assert.Contains("named \"(modelled)\".", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Real data only", text, StringComparison.Ordinal);
        Assert.Contains("In 2 panels", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Note_OnAPageWithTheSwitch_SaysItHidesThem()
    {
        var cut = Render<ModelledNote>(p => p.Add(c => c.Panels, Panels).Add(c => c.RealOnlySwitch, true));

        Assert.Contains("named \"(modelled)\"; \"Real data only\" hides them.", cut.Find("[data-testid=modelled-note]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Note_NoModelledPanels_NothingShown()
    {
        var cut = Render<ModelledNote>(p => p.Add(c => c.Panels, []).Add(c => c.RealOnlySwitch, true));

        Assert.Empty(cut.FindAll("[data-testid=modelled-note]"));
    }
}
