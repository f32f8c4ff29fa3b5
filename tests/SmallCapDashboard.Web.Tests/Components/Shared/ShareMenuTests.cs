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
        Popovers.WaitForElement("[data-testid=share-copy]").Click();

        // The copy handler is async (clipboard interop): wait for its result rather than racing it.
        Assert.Equal("http://localhost/spread?range=3m&small=IWM", cut.WaitForElement("[data-testid=share-result]").TextContent.Trim());
    }

    [Fact]
    public void CopyFrozen_GivenPath_CopiesItAbsolute()
    {
        var cut = RenderMenu("/spread?from=2024-10-01&to=2024-12-31&asof=2024-12-31&small=IWM");

        cut.Find("[data-testid=share-menu] button").Click();
        Popovers.WaitForElement("[data-testid=share-frozen]").Click();

        Assert.Equal("http://localhost/spread?from=2024-10-01&to=2024-12-31&asof=2024-12-31&small=IWM",
            cut.WaitForElement("[data-testid=share-result]").TextContent.Trim());
    }
}
