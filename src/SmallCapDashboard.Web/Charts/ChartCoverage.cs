using System.Globalization;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Charts;

/// <summary>The first and last date a series has data for.</summary>
/// <param name="Name">The symbol (or fund) the series belongs to.</param>
/// <param name="First">Its first date with a value.</param>
/// <param name="Last">Its last date with a value.</param>
public sealed record StoredRange(string Name, DateOnly First, DateOnly Last)
{
    /// <summary>The range of <paramref name="dates"/> (ascending), or null when there are none.</summary>
    public static StoredRange? Of(string name, DateOnly[] dates) =>
        dates.Length == 0 ? null : new StoredRange(name, dates[0], dates[^1]);

    /// <summary>The range of the dates whose value is reported (not null, finite), or null when none is.</summary>
    public static StoredRange? Of(string name, DateOnly[] dates, double?[] values)
    {
        int first = -1, last = -1;
        for (var i = 0; i < dates.Length && i < values.Length; i++)
        {
            if (values[i] is { } v && double.IsFinite(v))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? null : new StoredRange(name, dates[first], dates[last]);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} {First:yyyy-MM-dd} to {Last:yyyy-MM-dd}");
}

/// <summary>
/// What a chart draws, over which window, for whom, and where that data is stored. A chart with no point inside its
/// window (a window past the last stored bar, real flows without AUM) shows <see cref="Reason"/> in an EmptyState
/// instead of blank space (<see cref="ChartFigure.ShowsNothing"/>, <c>ChartPanel</c>): the one way every page says why.
/// </summary>
/// <param name="What">What the chart draws, lower case ("prices", "AUM", "net flows").</param>
/// <param name="From">The window's first day.</param>
/// <param name="To">The window's last day.</param>
/// <param name="Subjects">The symbols or funds the chart is for.</param>
/// <param name="Stored">Where each subject's data is stored (subjects without any are left out).</param>
public sealed record ChartCoverage(string What, DateOnly From, DateOnly To, IReadOnlyList<string> Subjects, IReadOnlyList<StoredRange> Stored)
{
    /// <summary>
    /// The coverage of a chart over a resolved window: from its first day to its last session, or to the date the URL
    /// asked for when that lies past the data (so the message names the window the user asked for).
    /// </summary>
    public static ChartCoverage Of(string what, ResolvedWindow window, ViewWindow asked, IEnumerable<string> subjects, IEnumerable<StoredRange?> stored)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(asked);
        return Of(what, window.WindowFrom, window.EndDate, asked, subjects, stored);
    }

    /// <summary>As <see cref="Of(string, ResolvedWindow, ViewWindow, IEnumerable{string}, IEnumerable{StoredRange})"/> for a window given by its days.</summary>
    public static ChartCoverage Of(string what, DateOnly from, DateOnly to, ViewWindow asked, IEnumerable<string> subjects, IEnumerable<StoredRange?> stored)
    {
        ArgumentNullException.ThrowIfNull(asked);
        if (asked.To is { } t && t > to)
        {
            to = t;
        }

        if (from > to)
        {
            to = from;
        }

        return new ChartCoverage(what, from, to, [.. subjects.Distinct()], [.. stored.OfType<StoredRange>()]);
    }

    /// <summary>What <see cref="Stored"/> lists when it is not <see cref="What"/> itself (e.g. "AUM" for "flows as % of AUM").</summary>
    public string? StoredWhat { get; init; }

    /// <summary>Why the chart is empty: the window, and the dates the data is stored for (or that none is).</summary>
    public string Reason
    {
        get
        {
            var who = string.Join(", ", Subjects);
            var window = string.Create(CultureInfo.InvariantCulture, $"between {From:yyyy-MM-dd} and {To:yyyy-MM-dd}");
            if (Stored.Count == 0)
            {
                return $"No {What} for {who} {window}: no {StoredWhat ?? What} is stored for {(Subjects.Count == 1 ? "it" : "them")}.";
            }

            var missing = Subjects.Where(s => Stored.All(r => r.Name != s && !r.Name.StartsWith(s + " ", StringComparison.Ordinal))).ToList();
            var none = missing.Count > 0 ? $"; none for {string.Join(", ", missing)}" : "";
            return $"No {What} for {who} {window}. Stored {StoredWhat ?? What}: {string.Join("; ", Stored)}{none}. Pick a window inside those dates.";
        }
    }
}
