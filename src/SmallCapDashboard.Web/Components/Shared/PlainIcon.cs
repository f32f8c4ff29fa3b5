using Microsoft.AspNetCore.Components;

namespace SmallCapDashboard.Web.Components.Shared;

/// <summary>
/// A Material icon as MudIcon draws it (an SVG in MudBlazor's classes), written as markup rather than a component:
/// a MudIcon or MudIconButton is one more component per icon in every open circuit. <paramref name="icon"/> is one of
/// MudBlazor's <c>Icons</c> constants (SVG path markup).
/// </summary>
public static class PlainIcon
{
    /// <summary>The icon's SVG; <paramref name="classes"/> follow MudIcon's root classes (size, role in its parent).</summary>
    public static RenderFragment Svg(string icon, string classes) => builder => builder.AddMarkupContent(0, Markup(icon, classes));

    /// <summary>The icon as the label of an icon button (MudIconButton's label span), size "small" or "medium".</summary>
    public static RenderFragment ButtonLabel(string icon, string size) => builder =>
        builder.AddMarkupContent(0, $"<span class=\"mud-icon-button-label\">{Markup(icon, "mud-icon-size-" + size)}</span>");

    private static string Markup(string icon, string classes) =>
        $"<svg class=\"mud-icon-root mud-svg-icon {classes}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{icon}</svg>";
}
