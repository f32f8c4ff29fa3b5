using System.Globalization;

namespace SmallCapDashboard.Web.Charts;

/// <summary>Numbers as the chart shows them (the pane's d3 tick format), for the data table and readouts.</summary>
public static class ChartNumbers
{
    /// <summary>
    /// <paramref name="value"/> formatted like the pane's axis: a <c>%</c> format as a percentage with two decimals
    /// (−0.00371841 → "−0.37 %"), <c>~s</c> with an SI suffix ("−4.21M"), otherwise six significant digits. Negative
    /// numbers carry a true minus sign (U+2212); NaN is empty.
    /// </summary>
    public static string Format(double value, string? tickFormat)
    {
        if (!double.IsFinite(value))
        {
            return "";
        }

        var a = Math.Abs(value);
        string text;
        if (tickFormat is not null && tickFormat.Contains('%', StringComparison.Ordinal))
        {
            text = (a * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
            if (text == "0.00 %")
            {
                return text;
            }
        }
        else if (tickFormat is not null && tickFormat.Contains('s', StringComparison.Ordinal))
        {
            text = a >= 1e9 ? (a / 1e9).ToString("0.###", CultureInfo.InvariantCulture) + "G"
                : a >= 1e6 ? (a / 1e6).ToString("0.###", CultureInfo.InvariantCulture) + "M"
                : a >= 1e3 ? (a / 1e3).ToString("0.###", CultureInfo.InvariantCulture) + "k"
                : a.ToString("0.###", CultureInfo.InvariantCulture);
        }
        else
        {
            text = a.ToString("G6", CultureInfo.InvariantCulture);
        }

        return value < 0 ? "\u2212" + text : text;
    }

    /// <summary>The tick format of the pane a trace is drawn on (null when the pane has none).</summary>
    public static string? TickFormatOf(ChartFigure figure, ChartTrace trace) =>
        trace.Pane >= 0 && trace.Pane < figure.Panes.Count ? figure.Panes[trace.Pane].TickFormat : null;
}
