using System.Globalization;

namespace SmallCapDashboard.Web.Charts;

/// <summary>The theme's colours of a figure: ink, grid, background and trace colours lifted to stay visible.</summary>
public static partial class PlotlyFigure
{
    /// <summary>Text colour of the theme.</summary>
    internal static string Ink(bool dark) => dark ? "#e6e9ee" : "#1d2733";

    /// <summary>Grid line colour of the theme.</summary>
    internal static string GridColor(bool dark) => dark ? "#33404d" : "#e3e7ec";

    /// <summary>Chart background of the theme.</summary>
    internal static string Background(bool dark) => dark ? "#1f2630" : "#ffffff";

    /// <summary>Plotly's default colour sequence, used for traces without a colour of their own.</summary>
    private static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>
    /// A trace's colour on the theme: its own (lifted for the theme), or the palette's by the trace's place among the
    /// figure's traces, as plotly would pick it (set explicitly, so the server-drawn first paint has the same colours).
    /// </summary>
    internal static string TraceColor(ChartFigure figure, ChartTrace trace, bool dark)
    {
        if (trace.Color is { } own)
        {
            return ThemeColor(own, dark);
        }

        var index = figure.Traces.TakeWhile(t => !ReferenceEquals(t, trace)).Count();
        return Palette[(index + BandTraceCount(figure)) % Palette.Length];
    }

    /// <summary>
    /// A colour that stays visible on the theme's background: on dark, near-black ink (e.g. a close line drawn in
    /// slate) is lifted toward white; on light, near-white toward black. Other colours pass unchanged.
    /// </summary>
    public static string ThemeColor(string color, bool dark)
    {
        if (color.Length != 7 || color[0] != '#'
            || !int.TryParse(color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return color;
        }

        double r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        var luminance = Luminance(r, g, b);
        if (dark && luminance < 0.12)
        {
            return Mix(r, g, b, 255, 0.55);
        }

        if (!dark && luminance > 0.8)
        {
            return Mix(r, g, b, 0, 0.6);
        }

        return color;
    }

    /// <summary>WCAG relative luminance of an sRGB colour (0 black … 1 white).</summary>
    public static double Luminance(double r, double g, double b)
    {
        static double C(double v)
        {
            v /= 255.0;
            return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * C(r)) + (0.7152 * C(g)) + (0.0722 * C(b));
    }

    private static string Mix(double r, double g, double b, double toward, double share)
    {
        static int M(double c, double t, double s) => (int)Math.Round(c + ((t - c) * s));
        return "#" + M(r, toward, share).ToString("x2", CultureInfo.InvariantCulture) + M(g, toward, share).ToString("x2", CultureInfo.InvariantCulture)
            + M(b, toward, share).ToString("x2", CultureInfo.InvariantCulture);
    }
}
