using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Sync;

namespace SmallCapDashboard.Web.Components.Sync;

/// <summary>
/// The one freshness badge (control bar, overview, tables): "stale" when the page's own rule says the symbol ends
/// before the others (passed in), and how many sessions its last date is behind the last completed New York session
/// (<see cref="SessionFreshness"/> on the app's <see cref="TimeProvider"/>), the whole sentence in the title.
/// Written as one piece of markup in MudChip's elements and classes, not as a component: a badge per symbol in the
/// control bar (six on /leveraged) and per table row was one component each, with its two render-tree builders, in
/// every open circuit.
/// </summary>
public static class FreshnessBadge
{
    /// <summary>
    /// The badges of <paramref name="symbol"/>, whose last date (bar or flow day, as <paramref name="noun"/> says) is
    /// <paramref name="lastDate"/>; nothing about sessions without one. The clock and the session's close margin
    /// come from <paramref name="services"/> (the system clock and the default margin when not registered).
    /// </summary>
    public static RenderFragment For(IServiceProvider services, string symbol, DateOnly? lastDate, bool stale, string noun = "bar")
    {
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var margin = services.GetService<IOptions<SyncOptions>>()?.Value.CloseMargin;
        var markup = Markup(SessionFreshness.Of(lastDate, time.GetUtcNow(), margin), symbol, stale, noun);
        return builder => builder.AddMarkupContent(0, markup);
    }

    /// <summary>The badges' HTML (empty when the symbol is neither stale nor behind).</summary>
    internal static string Markup(SessionFreshness freshness, string symbol, bool stale, string noun)
    {
        var sentence = HtmlEncoder.Default.Encode(freshness.Describe(symbol, noun));
        var html = "";
        if (stale)
        {
            html = $"<div class=\"mud-chip-container\"><div class=\"mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-warning ma-0 ml-1\" tabindex=\"-1\" data-testid=\"stale-badge\" "
                + $"title=\"{sentence}; ends before the other symbols shown\"><span class=\"mud-chip-content\">stale</span></div></div>";
        }

        if (freshness.SessionsBehind is > 0 and var behind)
        {
            var colour = behind > 1 ? "warning" : "info";
            var count = behind.ToString("N0", CultureInfo.InvariantCulture) + (behind == 1 ? " session" : " sessions");
            html += $"<div class=\"mud-chip-container\"><div class=\"mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-{colour} ma-0 ml-1\" tabindex=\"-1\" data-testid=\"sessions-behind-badge\" "
                + $"title=\"{sentence}\" aria-label=\"{sentence}\"><span class=\"mud-chip-content\">{count} behind</span></div></div>";
        }

        return html;
    }
}
