using Microsoft.Extensions.DependencyInjection;
using Bunit;
using SmallCapDashboard.Web.Components.Shared;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Shared;

/// <summary>The share menu on its own: the plain link is the current address, the frozen link is the given path made absolute.</summary>
public class ShareMenuTests : DashboardContext
{
    private IRenderedComponent<ShareMenu> RenderMenu(string? frozen)
    {
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/spread?range=3m&small=IWM");
        return Render<ShareMenu>(p => p.Add(m => m.FrozenPath, frozen));
    }

    [Fact]
    public void CopyLink_RelativeView_CopiesTheCurrentAddress()
    {
        var cut = RenderMenu("/spread?from=2024-10-01&to=2024-12-31&asof=2024-12-31&small=IWM");

        cut.Find("[data-testid=share-menu] button").Click();
        cut.Find("[data-testid=share-copy]").Click();

        // The copy handler is async (clipboard interop): wait for its result rather than racing it.
        Assert.Equal("http://localhost/spread?range=3m&small=IWM", cut.WaitForElement("[data-testid=share-result]").TextContent.Trim());
    }

    [Fact]
    public void CopyFrozen_GivenPath_CopiesItAbsolute()
    {
        var cut = RenderMenu("/spread?from=2024-10-01&to=2024-12-31&asof=2024-12-31&small=IWM");

        cut.Find("[data-testid=share-menu] button").Click();
        cut.Find("[data-testid=share-frozen]").Click();

        Assert.Equal("http://localhost/spread?from=2024-10-01&to=2024-12-31&asof=2024-12-31&small=IWM",
            cut.WaitForElement("[data-testid=share-result]").TextContent.Trim());
    }

    [Fact]
    public void OpenMenu_EscapeOrAPick_ClosesIt()
    {
        var cut = RenderMenu("/spread?from=2024-10-01&to=2024-12-31&asof=2024-12-31&small=IWM");
        var button = cut.Find("[data-testid=share-menu] button");
        Assert.Equal("false", button.GetAttribute("aria-expanded"));
        Assert.Empty(cut.FindAll("[role=menuitem]"));

        button.Click();
        Assert.Equal("true", cut.Find("[data-testid=share-menu] button").GetAttribute("aria-expanded"));
        Assert.Equal(3, cut.FindAll("[role=menu] [role=menuitem]").Count);
        cut.Find("[data-testid=share-menu]").KeyDown("Escape");
        Assert.Empty(cut.FindAll("[role=menuitem]"));

        cut.Find("[data-testid=share-menu] button").Click();
        cut.Find("[data-testid=share-copy]").Click();
        cut.WaitForElement("[data-testid=share-result]");
        Assert.Empty(cut.FindAll("[role=menuitem]"));
    }

    [Fact]
    public void OpenMenu_NoFrozenPath_FrozenLinkDisabled()
    {
        var cut = RenderMenu(null);

        cut.Find("[data-testid=share-menu] button").Click();

        Assert.True(cut.Find("[data-testid=share-frozen]").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-testid=share-copy]").HasAttribute("disabled"));
    }
}
