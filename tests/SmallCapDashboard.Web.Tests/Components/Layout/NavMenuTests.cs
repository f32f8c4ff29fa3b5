using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Web.Components.Layout;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Layout;

/// <summary>The menu marks the current page's link as NavLink did, and follows navigation.</summary>
public sealed class NavMenuTests : DashboardContext
{
    [Fact]
    public void Render_OnAPageWithAQuery_MarksThatPageOnly()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/leveraged?range=max");

        var cut = Render<NavMenu>();

        var active = cut.FindAll("a.active");
        Assert.Single(active);
        Assert.Equal("/leveraged", active[0].GetAttribute("href"));
        Assert.Equal("page", active[0].GetAttribute("aria-current"));
        Assert.Equal(8, cut.FindAll("nav[aria-label=Pages] a.mud-nav-link").Count);
    }

    [Fact]
    public void Navigate_ToTheOverview_MovesTheMark()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/spread");
        var cut = Render<NavMenu>();

        navigation.NavigateTo("/");

        cut.WaitForAssertion(() => Assert.Equal("/", cut.Find("a.active").GetAttribute("href")));
        Assert.Null(cut.Find("a[href='/spread']").GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("/", "/", true)]
    [InlineData("/", "/spread", false)]
    [InlineData("/spread", "/spread", true)]
    [InlineData("/spread", "/Spread/x", true)]
    [InlineData("/spread", "/spreadsheet", false)]
    [InlineData("/data", "/", false)]
    public void IsActive_PathAgainstLink_MatchesLikeNavLink(string href, string path, bool expected) =>
        Assert.Equal(expected, NavMenu.IsActive(href, path));
}
