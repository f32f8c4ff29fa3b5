using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using SmallCapDashboard.Web.Components.Shared;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Shared;

/// <summary>PanelBoundary is the error boundary itself: a failing panel shows its message and a retry, nothing else moves.</summary>
public sealed class PanelBoundaryTests : DashboardContext
{
    [Fact]
    public void Render_ChildWorks_ShowsTheChildOnly()
    {
        var cut = Render<PanelBoundary>(p => p.Add(b => b.Title, "Summary").AddChildContent<Failing>(c => c.Add(f => f.Failures, new Failures(0))));

        Assert.Equal("drawn", cut.Find("[data-testid=failing]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=panel-error]"));
    }

    [Fact]
    public void Render_ChildThrows_NamesThePanelAndTheError()
    {
        var cut = Render<PanelBoundary>(p => p.Add(b => b.Title, "Summary").AddChildContent<Failing>(c => c.Add(f => f.Failures, new Failures(5))));

        var error = cut.Find("[data-testid=panel-error]");
        Assert.Contains("Summary could not be shown: broken panel", error.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=failing]"));
    }

    [Fact]
    public void Retry_ChildWorksTheSecondTime_ShowsTheChildAgain()
    {
        var cut = Render<PanelBoundary>(p => p.Add(b => b.Title, "Summary").AddChildContent<Failing>(c => c.Add(f => f.Failures, new Failures(1))));

        cut.Find("[data-testid=panel-error] button").Click();

        Assert.Equal("drawn", cut.Find("[data-testid=failing]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=panel-error]"));
    }

    /// <summary>How many more renders of <see cref="Failing"/> throw (a new child instance is made after a retry).</summary>
    private sealed class Failures(int left)
    {
        public int Left { get; set; } = left;
    }

    /// <summary>Throws while its <see cref="Failures"/> has some left.</summary>
    private sealed class Failing : ComponentBase
    {
        [Parameter]
        public Failures Failures { get; set; } = new(0);

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            if (Failures.Left > 0)
            {
                Failures.Left--;
                throw new InvalidOperationException("broken panel");
            }

            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "data-testid", "failing");
            builder.AddContent(2, "drawn");
            builder.CloseElement();
        }
    }
}
