using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;

namespace SmallCapDashboard.Web.Components.Layout;

/// <summary>
/// The shell: app bar, navigation drawer, theme (remembered in a cookie) and MudBlazor's popover and snackbar
/// providers. The drawer behaves as MudDrawer's responsive variant: beside the page on a window at least
/// <see cref="WideFrom"/> px wide, over it (with an overlay that closes it) below; it closes when the window narrows
/// past that width and opens again when it widens, if it was open the last time the window was wide.
/// </summary>
public partial class MainLayout
{
    /// <summary>MudBlazor's md breakpoint, where its stylesheet puts a responsive drawer beside the page.</summary>
    internal const int WideFrom = 960;

    private bool _drawerOpen = true;
    private bool _openWhenWide = true;

    // Until the user first opens or closes it, as MudDrawer: its stylesheet hides a drawer still "initial" on a
    // narrow window, so the prerendered open drawer does not cover a phone's page before the circuit has started.
    private bool _drawerInitial = true;
    private bool _wide = true;
    private bool _dark;
    private IJSObjectReference? _module;
    private DotNetObjectReference<MainLayout>? _self;

    [CascadingParameter]
    private Routes? Root { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private NavigationManager Nav { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        _dark = Root?.Dark ?? false;
        Nav.LocationChanged += OnLocationChanged;
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "/assets/js/dashboard.js");
            _self = DotNetObjectReference.Create(this);
            if (!await _module.InvokeAsync<bool>("watchWide", _self, WideFrom))
            {
                OnWideChanged(false);
            }
        }
        catch (JSException)
        {
            // No width information: the drawer stays as prerendered.
        }
        catch (JSDisconnectedException)
        {
            // The circuit is closing.
        }
    }

    /// <summary>Called by dashboard.js when the window crosses <see cref="WideFrom"/>.</summary>
    [JSInvokable]
    public void OnWideChanged(bool wide)
    {
        _wide = wide;
        _drawerOpen = wide && _openWhenWide;
        StateHasChanged();
    }

    /// <summary>
    /// On a narrow window the drawer floats over the page; after a navigation it closes so the page it opened is not
    /// covered.
    /// </summary>
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(() =>
    {
        if (_drawerOpen && !_wide)
        {
            _drawerOpen = false;
            StateHasChanged();
        }
    });

    private void ToggleDrawer() => SetDrawer(!_drawerOpen);

    private void CloseDrawer() => SetDrawer(false);

    private void SetDrawer(bool open)
    {
        _drawerOpen = open;
        _drawerInitial = false;
        if (_wide)
        {
            _openWhenWide = open;
        }
    }

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
                if (_self is not null)
                {
                    await _module.InvokeVoidAsync("unwatchWide");
                }

                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; nothing to release in the browser.
            }
        }

        _self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
