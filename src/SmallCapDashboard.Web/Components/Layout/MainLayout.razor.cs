using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

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

    /// <inheritdoc />
    protected override void OnInitialized() => _dark = Root?.Dark ?? false;

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
