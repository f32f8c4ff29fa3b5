using MudBlazor;

namespace SmallCapDashboard.Web.Components.Layout;

/// <summary>The light and dark palettes (system fonts only: no web fonts are fetched).</summary>
public static class DashboardTheme
{
    /// <summary>The MudBlazor theme.</summary>
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f5fa8", Secondary = "#b5542a", AppbarBackground = "#1f3b5c" },
        PaletteDark = new PaletteDark { Primary = "#7fb2ef", Secondary = "#f0a070", AppbarBackground = "#18222e" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
