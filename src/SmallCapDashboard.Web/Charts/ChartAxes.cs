using System.Globalization;

namespace SmallCapDashboard.Web.Charts;

/// <summary>
/// How a chart's axes are scaled and labelled, shared by the plotly spec (<see cref="PlotlyFigure"/>: log ticks) and the
/// server-drawn first paint (<see cref="StaticChart"/>: plotly's autorange, linear and date ticks, d3 tick formats).
/// </summary>
public static class ChartAxes
{
    /// <summary>How many y ticks plotly aims for on a pane of this many pixels (one per 30 px, 4 to 9, plus one).</summary>
    internal static int TickCount(double pixels) => Math.Clamp((int)(pixels / 30), 4, 9) + 1;

    /// <summary>
    /// The y-range plotly's autorange gives a pane: the data's extent (with zero for bars and filled steps), padded by 5 %
    /// of the axis length on each side that is not zero of a bar (in log units on a log pane).
    /// </summary>
    internal static (double Low, double High) YRange(ChartFigure figure, int pane)
    {
        var log = figure.Panes[pane].Log;
        var (min, max) = Extent(figure, pane, positiveOnly: log);
        if (!double.IsFinite(min))
        {
            return (double.NaN, double.NaN);
        }

        var zeroBased = !log && figure.Traces.Any(t => t.Pane == pane && t.Kind == TraceKind.Bar);
        bool padLow = true, padHigh = true;
        if (zeroBased)
        {
            padLow = min < 0;
            padHigh = max > 0;
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }

        if (log)
        {
            (min, max) = (Math.Log10(min), Math.Log10(max));
        }

        if (max == min)
        {
            (min, max) = (min - 1, max + 1);
        }

        var pad = (max - min) * 0.05 / (1 - (0.05 * ((padLow ? 1 : 0) + (padHigh ? 1 : 0))));
        min -= padLow ? pad : 0;
        max += padHigh ? pad : 0;
        return log ? (Math.Pow(10, min), Math.Pow(10, max)) : (min, max);
    }

    /// <summary>About <paramref name="count"/> round ticks (1, 2 or 5 × 10ⁿ apart) inside [low, high].</summary>
    internal static List<double> LinearTicks(double low, double high, int count)
    {
        var raw = (high - low) / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var ticks = new List<double>();
        for (var v = Math.Ceiling(low / step) * step; v <= high + (step * 1e-9); v += step)
        {
            ticks.Add(Math.Abs(v) < step * 1e-9 ? 0 : Math.Round(v, 12));
        }

        return ticks;
    }

    /// <summary>
    /// A tick label in the pane's d3 format as plotly prints it: <c>.1%</c> and <c>.0%</c> percentages, fixed point
    /// (<c>.2f</c>), <c>~s</c> SI prefixes without trailing zeros, and plain numbers otherwise (k, M, B from 10,000 on);
    /// minus is U+2212.
    /// </summary>
    internal static string TickLabel(double v, string? format, double step, double largest)
    {
        string text;
        if (format is ".1%" or ".0%")
        {
            text = (Math.Abs(v) * 100).ToString(format == ".1%" ? "0.0" : "0", CultureInfo.InvariantCulture) + "%";
        }
        else if (format is [ '.', >= '0' and <= '9', 'f' ])
        {
            // d3's fixed point (".2f" on /flows' % of AUM): that many decimals on every label.
            text = Math.Abs(v).ToString("F" + format[1], CultureInfo.InvariantCulture);
        }
        else if (format == "~s" || largest >= 10_000)
        {
            // d3's ~s picks each label's prefix; plotly's own labels share the largest tick's (0, 0.5B, 1B).
            var prefixes = format == "~s" ? new[] { "", "k", "M", "G", "T" } : ["", "k", "M", "B", "T"];
            var a = Math.Abs(v);
            var unit = format == "~s" ? a : largest;
            var e = unit == 0 ? 0 : Math.Clamp((int)Math.Floor(Math.Log10(unit) / 3), 0, 4);
            text = a == 0 ? "0" : (a / Math.Pow(1000, e)).ToString("0.##", CultureInfo.InvariantCulture) + prefixes[e];
        }
        else
        {
            var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
            text = Math.Abs(v).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return v < 0 && text.Any(c => c is >= '1' and <= '9') ? "\u2212" + text : text;
    }

    /// <summary>About five date ticks: years, quarters or months, or days, labelled as plotly does ("2010", "Jan 2025", "Mar 3").</summary>
    internal static List<(DateOnly Date, string Label)> DateTicks(DateOnly first, DateOnly last)
    {
        var ticks = new List<(DateOnly, string)>();
        var days = last.DayNumber - first.DayNumber;
        if (days > 3 * 365)
        {
            var years = days / 365.25;
            var step = new[] { 1, 2, 5, 10 }.First(s => years / s <= 7);
            for (var y = (first.Year + step - 1) / step * step; y <= last.Year; y += step)
            {
                var d = new DateOnly(y, 1, 1);
                if (d >= first)
                {
                    ticks.Add((d, y.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
        else if (days > 60)
        {
            var months = days / 30.4;
            var step = new[] { 1, 2, 3, 6 }.First(s => months / s <= 7);
            var m = new DateOnly(first.Year, first.Month, 1);
            while (m < first || (m.Month - 1) % step != 0)
            {
                m = m.AddMonths(1);
            }

            for (var i = 0; m <= last; m = m.AddMonths(step), i++)
            {
                var name = m.ToString("MMM", CultureInfo.InvariantCulture);
                ticks.Add((m, i == 0 || m.Month <= step ? name + " " + m.Year.ToString(CultureInfo.InvariantCulture) : name));
            }
        }
        else
        {
            var step = Math.Max(1, (int)Math.Ceiling(days / 6.0));
            for (var d = first; d <= last; d = d.AddDays(step))
            {
                ticks.Add((d, d.ToString("MMM d", CultureInfo.InvariantCulture)));
            }
        }

        return ticks;
    }

    /// <summary>
    /// Ticks of a log pane at 1, 2 and 5 × 10ⁿ inside the pane's data (plus the ends' decades' neighbours when the
    /// span holds fewer than three), so every label is a whole number, not Plotly's digit-only minor labels.
    /// </summary>
    internal static List<double> LogTicks(ChartFigure figure, int pane)
    {
        var (min, max) = Extent(figure, pane, positiveOnly: true);
        var ticks = new List<double>();
        if (!double.IsFinite(min))
        {
            return ticks;
        }

        foreach (var steps in new[] { new double[] { 1, 2, 5 }, [1, 1.5, 2, 3, 4, 5, 6, 8] })
        {
            ticks.Clear();
            for (var e = (int)Math.Floor(Math.Log10(min)) - 1; e <= (int)Math.Ceiling(Math.Log10(max)); e++)
            {
                foreach (var s in steps)
                {
                    var v = Math.Round(s * Math.Pow(10, e), Math.Max(0, -e + 2));
                    if (v >= min && v <= max)
                    {
                        ticks.Add(v);
                    }
                }
            }

            if (ticks.Count >= 4)
            {
                return ticks;
            }
        }

        // A narrow span (e.g. 170 to 250): evenly spaced round values, still one whole number per label.
        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        ticks.Clear();
        for (var v = Math.Ceiling(min / step) * step; v <= max; v += step)
        {
            ticks.Add(Math.Round(v, 10));
        }

        return ticks;
    }

    /// <summary>The lowest and highest finite value (positive only, for log panes) of a pane's traces and levels; infinities when none.</summary>
    internal static (double Min, double Max) Extent(ChartFigure figure, int pane, bool positiveOnly)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        void Take(double v)
        {
            if (double.IsFinite(v) && (!positiveOnly || v > 0))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        foreach (var t in figure.Traces)
        {
            if (t.Pane == pane)
            {
                foreach (var arr in new[] { t.Y, t.Low, t.High })
                {
                    foreach (var v in arr ?? [])
                    {
                        Take(v);
                    }
                }
            }
        }

        foreach (var l in figure.Levels)
        {
            if (l.Pane == pane)
            {
                Take(l.Y);
            }
        }

        return (min, max);
    }

    /// <summary>A pane's y ticks (values and labels) inside its range (<see cref="YRange"/>), for a pane of this many pixels.</summary>
    internal static List<(double Value, string Label)> YTicks(ChartFigure figure, int pane, double low, double high, double pixels)
    {
        if (!double.IsFinite(low))
        {
            return [];
        }

        var p = figure.Panes[pane];
        var ticks = p.Log ? LogTicks(figure, pane).Where(v => v >= low && v <= high).ToList() : LinearTicks(low, high, TickCount(pixels));
        if (ticks.Count == 0)
        {
            return [];
        }

        var step = ticks.Count > 1 ? ticks[1] - ticks[0] : 1;
        var largest = ticks.Max(Math.Abs);
        return [.. ticks.Select(v => (v, p.Log ? LogTickLabel(v) : TickLabel(v, p.TickFormat, step, largest)))];
    }

    /// <summary>
    /// About how wide a tick label is in plotly's 12 px font, in pixels (the widths of DejaVu Sans, wider than most
    /// system fonts, so the margin made from it holds elsewhere too).
    /// </summary>
    internal static double LabelWidth(string label)
    {
        var width = 0.0;
        foreach (var c in label)
        {
            width += c switch
            {
                >= '0' and <= '9' or '$' => 7.8,
                '\u2212' or '-' => 10.2,
                '%' => 11.6,
                '.' or ',' or ' ' => 3.9,
                'M' => 10.4,
                'G' => 9.4,
                _ => 8.4,
            };
        }

        return width;
    }

    /// <summary>A log tick's label: the whole number (thousands separated), or the decimal for values below 1.</summary>
    internal static string LogTickLabel(double v) =>
        v >= 1 ? v.ToString("#,##0.##", CultureInfo.InvariantCulture) : v.ToString("0.####", CultureInfo.InvariantCulture);
}
