using SmallCapDashboard.Web.Charts;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>
/// The <c>/flows</c> charts as <see cref="ChartFigure"/>s. Real and modelled values are separate traces: real bars solid,
/// modelled bars pale and hatched; real lines solid, modelled lines dotted; every modelled trace is named "(modelled)".
/// Lines share one x-index per chart and are reduced together (LTTB) to at most the point budget.
/// </summary>
public static class FlowsCharts
{
    /// <summary>Trace colours by fund position (real; the modelled shade is the same hue, paler).</summary>
    public static IReadOnlyList<(string Real, string Modelled)> Palette { get; } =
    [
        ("#1f77b4", "rgba(31,119,180,0.45)"),
        ("#d62728", "rgba(214,39,40,0.45)"),
        ("#2ca02c", "rgba(44,160,44,0.45)"),
        ("#9467bd", "rgba(148,103,189,0.45)"),
        ("#ff7f0e", "rgba(255,127,14,0.45)"),
        ("#8c564b", "rgba(140,86,75,0.45)"),
        ("#e377c2", "rgba(227,119,194,0.45)"),
        ("#17becf", "rgba(23,190,207,0.45)"),
    ];

    /// <summary>Suffix of every modelled trace's name.</summary>
    public const string ModelledSuffix = " (modelled)";

    /// <summary>Dash style of modelled lines.</summary>
    public const string ModelledDash = "dot";

    /// <summary>Hatching of modelled bars.</summary>
    public const string ModelledPattern = "/";

    /// <summary>Note printed on every flows figure (flows are money, not prices).</summary>
    public const string MoneyNote = "US dollars (flows are not price-basis dependent)";

    /// <summary>Net flow bars at the model's granularity, real and modelled apart (a fund's two share one slot: a day is one or the other).</summary>
    public static ChartFigure Bars(FlowsModel model)
    {
        var traces = new List<ChartTrace>();
        for (var f = 0; f < model.Funds.Count; f++)
        {
            var fund = model.Funds[f];
            var bars = FlowViewBuilder.Bars(fund, model.Granularity);
            var x = new DateOnly[bars.Count];
            var real = new double[bars.Count];
            var modelled = new double[bars.Count];
            var anyReal = false;
            var anyModelled = false;
            for (var i = 0; i < bars.Count; i++)
            {
                x[i] = bars[i].Date;
                real[i] = bars[i].Real ?? double.NaN;
                modelled[i] = bars[i].Modelled ?? double.NaN;
                anyReal |= bars[i].Real is not null;
                anyModelled |= bars[i].Modelled is not null;
            }

            var (cr, cm) = Palette[f % Palette.Count];
            if (anyReal || !anyModelled)
            {
                traces.Add(new ChartTrace(fund.Symbol, x, real, TraceKind.Bar) { Color = cr, BarGroup = fund.Symbol });
            }

            if (anyModelled)
            {
                traces.Add(new ChartTrace(fund.Symbol + ModelledSuffix, x, modelled, TraceKind.Bar) { Color = cm, Pattern = ModelledPattern, BarGroup = fund.Symbol });
            }
        }

        return new ChartFigure(BarsTitle(model.Granularity), MoneyNote, [new ChartPane("Net flow (US$)", 1, "~s")], traces);
    }

    /// <summary>Cumulative net flow over the window (from 0 before its first day).</summary>
    public static ChartFigure Cumulative(FlowsModel model, int maxPoints) =>
        Lines(model, "Cumulative net flow over the window", "Cumulative flow (US$)", "~s", maxPoints,
            f => (f.Cumulative, f.CumulativeModelled));

    /// <summary>Trailing 30-calendar-day average of the daily net flow.</summary>
    public static ChartFigure Trailing(FlowsModel model, int maxPoints) =>
        Lines(model, "Average daily net flow over the trailing 30 calendar days", "Average daily flow (US$)", "~s", maxPoints,
            f => (f.TrailingAverage, f.TrailingModelled));

    /// <summary>Assets under management.</summary>
    public static ChartFigure Aum(FlowsModel model, int maxPoints) =>
        Lines(model, "Assets under management (shares outstanding × NAV)", "AUM (US$)", "~s", maxPoints,
            f => (f.Aum, f.Modelled));

    /// <summary>Daily flow as a percentage of the previous day's AUM.</summary>
    public static ChartFigure PercentOfAum(FlowsModel model, int maxPoints) =>
        Lines(model, "Daily net flow as % of the previous day's AUM", "% of AUM", ".2f", maxPoints,
            f => (f.PercentOfAum, f.Modelled));

    /// <summary>One fund's flow bars under its price (price basis), on one shared x-axis.</summary>
    public static ChartFigure OverPrice(FlowsModel model, int fundIndex, int maxPoints)
    {
        var fund = model.Funds[fundIndex];
        var traces = new List<ChartTrace>();
        if (fund.PriceDates.Length > 0)
        {
            var idx = ChartReduction.SelectIndices(fund.PriceDates.Length, [fund.PriceCloses], maxPoints);
            traces.Add(new ChartTrace(fund.Symbol + " close", ChartReduction.Pick(fund.PriceDates, idx), ChartReduction.Pick(fund.PriceCloses, idx))
            {
                Color = "#444444",
            });
        }

        var single = model with { Funds = [fund] };
        foreach (var t in Bars(single).Traces)
        {
            var (cr, cm) = Palette[fundIndex % Palette.Count];
            traces.Add(t with { Pane = 1, Color = t.Name.EndsWith(ModelledSuffix, StringComparison.Ordinal) ? cm : cr });
        }

        return new ChartFigure(
            $"{fund.Symbol}: {BarsTitle(model.Granularity).ToLowerInvariant()} under the price",
            "Price: price basis (split-adjusted, dividends not added back); flows in US dollars",
            [new ChartPane(fund.Symbol + " close", 1.2), new ChartPane("Net flow (US$)", 1, "~s")],
            traces);
    }

    /// <summary>The bar chart's title for a granularity.</summary>
    public static string BarsTitle(FlowGranularity granularity) => granularity switch
    {
        FlowGranularity.Daily => "Daily net flows",
        FlowGranularity.Weekly => "Weekly net flows (sums of daily flows, ISO weeks)",
        _ => "Monthly net flows (sums of daily flows)",
    };

    private static ChartFigure Lines(
        FlowsModel model, string title, string axisTitle, string tickFormat, int maxPoints, Func<FundFlowView, (double?[] Values, bool[] Modelled)> select)
    {
        var axis = Axis(model.Funds);
        var ys = new List<double[]>();
        var meta = new List<(string Name, string Color, bool Modelled)>();
        for (var f = 0; f < model.Funds.Count; f++)
        {
            var fund = model.Funds[f];
            var (values, flags) = select(fund);
            var (real, modelled) = Split(axis, fund.Dates, values, flags);
            var (cr, cm) = Palette[f % Palette.Count];
            if (HasFinite(real) || !HasFinite(modelled))
            {
                ys.Add(real);
                meta.Add((fund.Symbol, cr, false));
            }

            if (HasFinite(modelled))
            {
                ys.Add(modelled);
                meta.Add((fund.Symbol + ModelledSuffix, cm, true));
            }
        }

        var idx = ChartReduction.SelectIndices(axis.Length, ys, maxPoints);
        var x = ChartReduction.Pick(axis, idx);
        var traces = new List<ChartTrace>(ys.Count);
        for (var i = 0; i < ys.Count; i++)
        {
            traces.Add(new ChartTrace(meta[i].Name, x, ChartReduction.Pick(ys[i], idx))
            {
                Color = meta[i].Color,
                Dash = meta[i].Modelled ? ModelledDash : null,
            });
        }

        return new ChartFigure(title, MoneyNote, [new ChartPane(axisTitle, 1, tickFormat)], traces);
    }

    /// <summary>The union of the funds' window dates, ascending.</summary>
    public static DateOnly[] Axis(IReadOnlyList<FundFlowView> funds)
    {
        var set = new SortedSet<DateOnly>();
        foreach (var f in funds)
        {
            set.UnionWith(f.Dates);
        }

        return [.. set];
    }

    /// <summary>
    /// A fund's values on the axis split into a real line and a modelled line (NaN elsewhere); where the kind changes
    /// the modelled line also takes the neighbouring real point so the two join without a gap.
    /// </summary>
    public static (double[] Real, double[] Modelled) Split(DateOnly[] axis, DateOnly[] dates, double?[] values, bool[] modelled)
    {
        var real = new double[axis.Length];
        var model = new double[axis.Length];
        Array.Fill(real, double.NaN);
        Array.Fill(model, double.NaN);
        var j = 0;
        var previous = -1;
        for (var i = 0; i < axis.Length && j < dates.Length; i++)
        {
            if (axis[i] != dates[j])
            {
                continue;
            }

            var v = values[j] ?? double.NaN;
            if (modelled[j])
            {
                model[i] = v;
                if (previous >= 0 && !modelled[j - 1])
                {
                    model[previous] = real[previous];
                }
            }
            else
            {
                real[i] = v;
                if (previous >= 0 && modelled[j - 1])
                {
                    model[i] = v;
                }
            }

            previous = i;
            j++;
        }

        return (real, model);
    }

    private static bool HasFinite(double[] values)
    {
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                return true;
            }
        }

        return false;
    }
}
