using SmallCapDashboard.Web.Charts;

namespace SmallCapDashboard.Web.Components.Shared;

/// <summary>
/// The figures of a page's first chart for its range presets, offered as the background prefetch computes them: the
/// page's <see cref="ChartPanel"/> hands each to charts.js once, so a click on a preset redraws that chart in the
/// browser at once, before the server has answered; the server's own draw then finds the same figure drawn (ADR 0018).
/// </summary>
public sealed class PresetFigures
{
    /// <summary>
    /// What the figures hold besides their range: the data version and the page's URL without <c>range</c>,
    /// <c>from</c> and <c>to</c>. Empty until the page has loaded a view.
    /// </summary>
    public string Context { get; private set; } = "";

    /// <summary>The preset the page shows now (its drawn figure is that preset's), or null for a from/to window.</summary>
    public string? CurrentRange { get; private set; }

    /// <summary>Raised on the renderer's thread with a preset's token (<c>1y</c>) and its figure.</summary>
    public event Action<string, ChartFigure>? Offered;

    /// <summary>The page has loaded a view: figures offered for another context from now on are dropped.</summary>
    public void Reset(string context, string? currentRange)
    {
        Context = context;
        CurrentRange = currentRange;
    }

    /// <summary>Offers the figure of preset <paramref name="range"/>, computed for <paramref name="context"/>.</summary>
    public void Offer(string context, string range, ChartFigure figure)
    {
        if (context == Context)
        {
            Offered?.Invoke(range, figure);
        }
    }
}
