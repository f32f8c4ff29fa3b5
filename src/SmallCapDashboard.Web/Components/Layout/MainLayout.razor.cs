using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;
using MudBlazor.Services;

namespace SmallCapDashboard.Web.Components.Layout;

/// <summary>The shell: app bar, navigation drawer, theme (remembered in a cookie) and MudBlazor providers.</summary>
public partial class MainLayout
{
    private bool _drawerOpen = true;
    private bool _dark;
    private IJSObjectReference? _module;

    [CascadingParameter]
    private Routes? Root { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private NavigationManager Nav { get; set; } = default!;

    [Inject]
    private IBrowserViewportService Viewport { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        _dark = Root?.Dark ?? false;
        Nav.LocationChanged += OnLocationChanged;
    }

    /// <summary>
    /// Below the drawer's breakpoint (md) the drawer floats over the page; after a navigation it closes so the page
    /// it opened is not covered.
    /// </summary>
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(async () =>
    {
        if (!_drawerOpen)
        {
            return;
        }

        try
        {
            var breakpoint = await Viewport.GetCurrentBreakpointAsync();
            if (breakpoint < Breakpoint.Md)
            {
                _drawerOpen = false;
                StateHasChanged();
            }
        }
        catch (JSException)
        {
            // No viewport information: leave the drawer as the user set it.
        }
        catch (JSDisconnectedException)
        {
            // The circuit is closing.
        }
    });

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private async Task ToggleThemeAsync()
    {
        _dark = !_dark;
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "/assets/js/dashboard.js");
        await _module.InvokeVoidAsync("rememberTheme", _dark ? "dark" : "light");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Nav.LocationChanged -= OnLocationChanged;
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; nothing to release in the browser.
            }
        }

        GC.SuppressFinalize(this);
    }
}
