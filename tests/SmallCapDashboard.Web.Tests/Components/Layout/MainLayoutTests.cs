using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Web.Components.Layout;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Layout;

/// <summary>
/// The plain drawer behaves as MudDrawer's responsive variant did (states observed in a browser on the MudDrawer
/// version: beside the page when wide, closed and over the page with an overlay when narrow, closed after navigating
/// on a narrow window, reopened when the window widens), and the theme button's tooltip names the other theme.
/// </summary>
public sealed class MainLayoutTests : DashboardContext
{
    private async Task<IRenderedComponent<MainLayout>> RenderLayoutAsync(bool wide)
    {
        // The layout has its own popover provider; the base's kept one would be a second subscriber to its sections.
        await DisposeComponentsAsync();
        var module = JSInterop.SetupModule("/assets/js/dashboard.js");
        module.Setup<bool>("watchWide", _ => true).SetResult(wide);
        return Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<h1>Page</h1>"))));
    }

    private static string Drawer(IRenderedComponent<MainLayout> cut) => cut.Find("aside.mud-drawer").ClassName!;

    private static string Layout(IRenderedComponent<MainLayout> cut) => cut.Find("div.mud-layout").ClassName!;

    [Fact]
    public async Task Toggle_WideWindow_ClosesAndOpensBesideThePage()
    {
        var cut = await RenderLayoutAsync(wide: true);
        Assert.Contains("mud-drawer--open mud-drawer--initial", Drawer(cut), StringComparison.Ordinal);
        Assert.Contains("mud-drawer-open-responsive-md-left", Layout(cut), StringComparison.Ordinal);

        cut.Find("button[aria-label='Toggle navigation']").Click();

        Assert.Contains("mud-drawer--closed", Drawer(cut), StringComparison.Ordinal);
        Assert.DoesNotContain("mud-drawer--initial", Drawer(cut), StringComparison.Ordinal);
        Assert.Contains("mud-drawer-close-responsive-md-left", Layout(cut), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=drawer-overlay]"));
    }

    [Fact]
    public async Task NarrowWindow_ClosedUntilToggled_ThenOverThePageUntilTheOverlayIsClicked()
    {
        var cut = await RenderLayoutAsync(wide: false);
        cut.WaitForAssertion(() => Assert.Contains("mud-drawer--closed mud-drawer--initial", Drawer(cut), StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=drawer-overlay]"));

        cut.Find("button[aria-label='Toggle navigation']").Click();
        Assert.Contains("mud-drawer--open", Drawer(cut), StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("[data-testid=drawer-overlay]").GetAttribute("aria-hidden"));

        cut.Find("[data-testid=drawer-overlay]").Click();
        Assert.Contains("mud-drawer--closed", Drawer(cut), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=drawer-overlay]"));
    }

    [Fact]
    public async Task Navigate_NarrowWindow_ClosesTheDrawer()
    {
        var cut = await RenderLayoutAsync(wide: false);
        cut.WaitForAssertion(() => Assert.Contains("mud-drawer--closed", Drawer(cut), StringComparison.Ordinal));
        cut.Find("button[aria-label='Toggle navigation']").Click();

        Services.GetRequiredService<NavigationManager>().NavigateTo("/spread");

        cut.WaitForAssertion(() => Assert.Contains("mud-drawer--closed", Drawer(cut), StringComparison.Ordinal));
    }

    [Fact]
    public async Task WidthChanges_CloseWhenNarrow_ReopenWhenWideOnlyIfOpenWhenLastWide()
    {
        var cut = await RenderLayoutAsync(wide: true);

        await cut.InvokeAsync(() => cut.Instance.OnWideChanged(false));
        Assert.Contains("mud-drawer--closed", Drawer(cut), StringComparison.Ordinal);
        await cut.InvokeAsync(() => cut.Instance.OnWideChanged(true));
        Assert.Contains("mud-drawer--open", Drawer(cut), StringComparison.Ordinal);

        cut.Find("button[aria-label='Toggle navigation']").Click();
        await cut.InvokeAsync(() => cut.Instance.OnWideChanged(false));
        await cut.InvokeAsync(() => cut.Instance.OnWideChanged(true));
        Assert.Contains("mud-drawer--closed", Drawer(cut), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeButton_Tooltip_NamesTheOtherTheme()
    {
        var cut = await RenderLayoutAsync(wide: true);
        Assert.Equal("Dark theme", cut.Find("[data-testid=theme-tooltip]").TextContent);

        cut.Find("[data-testid=theme-toggle]").Click();

        Assert.Equal("Light theme", cut.Find("[data-testid=theme-tooltip]").TextContent);
    }
}
