using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace SmallCapDashboard.Web.Tests.Bunit;

/// <summary>bUnit base for a shared component on its own (no database): loose JS interop, MudBlazor services and popovers.</summary>
public abstract class ComponentContext : BunitContext, IAsyncLifetime
{
    protected ComponentContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    /// <summary>The popover host: open menus render their items here.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    public Task InitializeAsync()
    {
        Popovers = Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
