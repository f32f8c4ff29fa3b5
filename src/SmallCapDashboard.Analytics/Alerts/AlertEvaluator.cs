using System.Globalization;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Signals;

namespace SmallCapDashboard.Analytics.Alerts;

/// <summary>
/// Evaluates a rule over a series and returns its dated events. Indicators are computed on the whole history given
/// (as the pages do), events are reported for sessions after <c>after</c>.
/// </summary>
/// <remarks>
/// When each rule fires and what its value is:
/// <list type="bullet">
/// <item>crosses: the session the sign of SMA(F) − SMA(S) turns (<see cref="MovingAverageCrosses"/>, DESIGN's tolerance);
/// kind <c>golden</c> / <c>death</c>; value = SMA(F) that session.</item>
/// <item><c>rsi-regime</c>: the first session of a regime that follows the opposite regime (<see cref="RsiRegimes"/>,
/// 55/45 hysteresis; the first regime after the warm-up is not a change); kind <c>rsi-upper</c> / <c>rsi-lower</c>; value = RSI.</item>
/// <item><c>rsi-above:L</c>: RSI(t − 1) ≤ L &lt; RSI(t); <c>rsi-below:L</c>: RSI(t − 1) ≥ L &gt; RSI(t); value = RSI(t).</item>
/// <item><c>divergence</c>: the confirmation session of each divergence of that type (<see cref="Divergences"/>, swing
/// window 5, at most 60 sessions apart); kind <c>divergence-bearish</c> / <c>-bullish</c>; value = RSI at the later swing.</item>
/// <item><c>new-high</c> / <c>new-low</c>: every session whose close is at least (at most) every close in the 52 weeks
/// ending that day (<see cref="NewHighs.Flags"/>, ties count), once the history covers those 52 weeks; value = the close.</item>
/// <item><c>high-unconfirmed:N</c>: every session on which each reference with a close that day closes at a 52-week
/// high (at least one reference) while the symbol closed at none in its last N sessions; value = the symbol's close
/// over its 52-week high − 1 (a fraction, ≤ 0).</item>
/// <item><c>spread-below:PP:P</c>: with P's base close b for as-of t (<see cref="Periods.BaseIndex"/>), spread(t) =
/// (r_symbol − r_large) × 100 from b; fires when spread(t − 1) from the same base ≥ PP &gt; spread(t) (the day's move
/// takes it through PP; the spread is 0 at the base); <c>spread-above</c> mirrored; value = spread(t) in pp.</item>
/// <item><c>return-rank:P:Ny</c>: the P return to t (<see cref="ReturnRank.Rank"/> over windows of as many sessions)
/// has no strictly lower (best: higher) window ending in the N years before t, and the history covers N years;
/// value = the return as a fraction.</item>
/// <item><c>flow-below:USD:S</c>: the sum of the last S fund days' net flows is below USD on day t and was not on
/// day t − 1 (a missing sum counts as not below, so the first complete sum can fire); a sum needs every day
/// reported and, unless <c>:modelled</c>, real; value = the sum in USD; <see cref="AlertOccurrence.Modelled"/> says
/// whether it includes modelled days. <c>flow-above</c> mirrored.</item>
/// </list>
/// </remarks>
public static class AlertEvaluator
{
    private const int DivergenceSwingWindow = 5;
    private const int DivergenceMaxDistance = 60;

    /// <summary>Every event of <paramref name="rule"/> on <paramref name="series"/> dated after <paramref name="after"/>, oldest first.</summary>
    /// <param name="rule">The parsed rule.</param>
    /// <param name="series">The closes (and flows, large symbol, references as the rule needs).</param>
    /// <param name="after">Only events on later sessions are returned; null = the whole history.</param>
    /// <returns>The events, ordered by date.</returns>
    /// <exception cref="ArgumentException">The series lacks what the rule needs (named), or lengths differ.</exception>
    public static IReadOnlyList<AlertOccurrence> Evaluate(AlertCondition rule, AlertSeries series, DateOnly? after = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(series);
        var dates = series.Dates;
        var closes = series.Closes;
        Guard.SameLength(dates.Length, closes.Length, nameof(series.Dates), nameof(series.Closes));
        var from = after ?? DateOnly.MinValue;
        var result = rule.Kind switch
        {
            AlertRuleKind.Cross or AlertRuleKind.Golden or AlertRuleKind.Death => Crosses(rule, dates, closes),
            AlertRuleKind.RsiRegime => Regimes(rule, dates, closes),
            AlertRuleKind.RsiAbove or AlertRuleKind.RsiBelow => RsiLevel(rule, dates, closes),
            AlertRuleKind.Divergence => DivergenceEvents(rule, dates, closes),
            AlertRuleKind.NewHigh or AlertRuleKind.NewLow => Extremes(rule, dates, closes),
            AlertRuleKind.HighUnconfirmed => Unconfirmed(rule, series, from),
            AlertRuleKind.SpreadBelow or AlertRuleKind.SpreadAbove => SpreadEvents(rule, series),
            AlertRuleKind.ReturnRank => Ranks(rule, dates, closes, from),
            AlertRuleKind.FlowBelow or AlertRuleKind.FlowAbove => FlowEvents(rule, series),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Unknown rule kind."),
        };
        return after is null ? result : result.Where(e => e.Date > from).ToList();
    }

    private static List<AlertOccurrence> Crosses(AlertCondition rule, DateOnly[] dates, double[] closes)
    {
        var fast = Sma.Calculate(closes, rule.Fast);
        var slow = Sma.Calculate(closes, rule.Slow);
        var result = new List<AlertOccurrence>();
        foreach (var c in MovingAverageCrosses.Find(dates, fast, slow))
        {
            if ((rule.Kind == AlertRuleKind.Golden && c.Type != CrossType.Golden) || (rule.Kind == AlertRuleKind.Death && c.Type != CrossType.Death))
            {
                continue;
            }

            var golden = c.Type == CrossType.Golden;
            result.Add(new AlertOccurrence(
                c.Date, golden ? "golden" : "death", c.Fast,
                $"SMA {rule.Fast} crossed {(golden ? "above" : "below")} SMA {rule.Slow} ({N(c.Fast)} vs {N(c.Slow)})"));
        }

        return result;
    }

    private static List<AlertOccurrence> Regimes(AlertCondition rule, DateOnly[] dates, double[] closes)
    {
        var rsi = Rsi.Calculate(closes, rule.RsiPeriod);
        var found = RsiRegimes.Find(dates, rsi);
        var result = new List<AlertOccurrence>();
        foreach (var r in found.Regimes)
        {
            var previous = r.StartIndex > 0 ? found.States[r.StartIndex - 1] : RsiRegime.None;
            if (previous == RsiRegime.None)
            {
                continue;
            }

            var upper = r.Zone == RsiZone.UpperRegime;
            result.Add(new AlertOccurrence(
                r.Start, upper ? "rsi-upper" : "rsi-lower", rsi[r.StartIndex],
                $"RSI {rule.RsiPeriod} entered the {(upper ? "upper" : "lower")} regime ({N(rsi[r.StartIndex])} {(upper ? "above 55" : "below 45")})"));
        }

        return result;
    }

    private static List<AlertOccurrence> RsiLevel(AlertCondition rule, DateOnly[] dates, double[] closes)
    {
        var rsi = Rsi.Calculate(closes, rule.RsiPeriod);
        var above = rule.Kind == AlertRuleKind.RsiAbove;
        var level = rule.Level;
        var result = new List<AlertOccurrence>();
        for (var i = 1; i < rsi.Length; i++)
        {
            double prev = rsi[i - 1], now = rsi[i];
            if (double.IsNaN(prev) || double.IsNaN(now))
            {
                continue;
            }

            if (above ? prev <= level && now > level : prev >= level && now < level)
            {
                result.Add(new AlertOccurrence(
                    dates[i], above ? "rsi-above" : "rsi-below", now,
                    $"RSI {rule.RsiPeriod} crossed {(above ? "above" : "below")} {N(level)} ({N(prev)} → {N(now)})"));
            }
        }

        return result;
    }

    private static List<AlertOccurrence> DivergenceEvents(AlertCondition rule, DateOnly[] dates, double[] closes)
    {
        var rsi = Rsi.Calculate(closes, rule.RsiPeriod);
        var result = new List<AlertOccurrence>();
        foreach (var d in Divergences.Find(dates, closes, rsi, DivergenceSwingWindow, DivergenceMaxDistance))
        {
            if (d.Type != rule.Divergence)
            {
                continue;
            }

            var bearish = d.Type == DivergenceType.Bearish;
            result.Add(new AlertOccurrence(
                d.ConfirmedDate, bearish ? "divergence-bearish" : "divergence-bullish", d.SecondRsi,
                $"{(bearish ? "Bearish" : "Bullish")} divergence: close {(bearish ? "higher" : "lower")} on {D(d.SecondDate)} than on {D(d.FirstDate)}"
                + $" ({N(d.SecondClose)} vs {N(d.FirstClose)}), RSI {(bearish ? "lower" : "higher")} ({N(d.SecondRsi)} vs {N(d.FirstRsi)})"));
        }

        return result;
    }

    private static List<AlertOccurrence> Extremes(AlertCondition rule, DateOnly[] dates, double[] closes)
    {
        var high = rule.Kind == AlertRuleKind.NewHigh;
        var flags = FiftyTwoWeekFlags(dates, closes, high);
        var result = new List<AlertOccurrence>();
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i] && CoversYear(dates, i))
            {
                result.Add(new AlertOccurrence(
                    dates[i], high ? "new-high" : "new-low", closes[i], $"Closed at a 52-week {(high ? "high" : "low")} ({N(closes[i])})"));
            }
        }

        return result;
    }

    private static List<AlertOccurrence> Unconfirmed(AlertCondition rule, AlertSeries series, DateOnly from)
    {
        var references = series.References ?? throw new ArgumentException("high-unconfirmed needs the reference series.", nameof(series));
        var dates = series.Dates;
        var closes = series.Closes;
        var own = FiftyTwoWeekFlags(dates, closes, high: true);
        var refFlags = references.Select(r => FiftyTwoWeekFlags(r.Series.Dates, r.Series.Values, high: true)).ToArray();
        var result = new List<AlertOccurrence>();
        for (var i = 0; i < dates.Length; i++)
        {
            if (dates[i] <= from || !CoversYear(dates, i))
            {
                continue;
            }

            var confirmed = false;
            for (var j = Math.Max(0, i - rule.Sessions + 1); j <= i && !confirmed; j++)
            {
                confirmed = own[j];
            }

            if (confirmed)
            {
                continue;
            }

            var highs = new List<string>();
            var all = true;
            for (var r = 0; r < references.Count && all; r++)
            {
                var rd = references[r].Series.Dates;
                var k = Array.BinarySearch(rd, dates[i]);
                if (k < 0)
                {
                    continue;
                }

                all = refFlags[r][k] && CoversYear(rd, k);
                highs.Add(references[r].Name);
            }

            if (!all || highs.Count == 0)
            {
                continue;
            }

            var start = DateSearch.IndexOnOrAfter(dates, dates[i].AddDays(-363));
            var max = double.NegativeInfinity;
            for (var j = start; j <= i; j++)
            {
                max = Math.Max(max, closes[j]);
            }

            var below = closes[i] / max - 1.0;
            result.Add(new AlertOccurrence(
                dates[i], "high-unconfirmed", below,
                $"{string.Join(", ", highs)} closed at a 52-week high; this did not ({P(below)} below its own 52-week high)"));
        }

        return result;
    }

    private static List<AlertOccurrence> SpreadEvents(AlertCondition rule, AlertSeries series)
    {
        var large = series.Large ?? throw new ArgumentException($"spread rules need the large symbol ({rule.Large}).", nameof(series));
        var (dates, a, b) = SeriesAlignment.Align(new DatedSeries(series.Dates, series.Closes), large);
        var below = rule.Kind == AlertRuleKind.SpreadBelow;
        var level = rule.Level;
        var token = RangeTokens.ToToken(rule.Period).ToUpperInvariant();
        var result = new List<AlertOccurrence>();
        for (var i = 1; i < dates.Length; i++)
        {
            if (Periods.BaseIndex(dates, rule.Period, dates[i]) is not { } k || k >= i)
            {
                continue;
            }

            var now = SpreadFrom(a, b, k, i);
            var prev = k == i - 1 ? 0.0 : SpreadFrom(a, b, k, i - 1);
            if (double.IsNaN(now) || double.IsNaN(prev))
            {
                continue;
            }

            if (below ? prev >= level && now < level : prev <= level && now > level)
            {
                result.Add(new AlertOccurrence(
                    dates[i], below ? "spread-below" : "spread-above", now,
                    $"{token} spread against {rule.Large} crossed {(below ? "below" : "above")} {N(level)} pp ({N(prev)} → {N(now)} pp)"));
            }
        }

        return result;
    }

    private static double SpreadFrom(double[] a, double[] b, int baseIndex, int i) =>
        ((a[i] / a[baseIndex] - 1.0) - (b[i] / b[baseIndex] - 1.0)) * 100.0;

    private static List<AlertOccurrence> Ranks(AlertCondition rule, DateOnly[] dates, double[] closes, DateOnly from)
    {
        var token = RangeTokens.ToToken(rule.Period).ToUpperInvariant();
        var result = new List<AlertOccurrence>();
        var first = DateSearch.IndexOnOrAfter(dates, from == DateOnly.MinValue ? from : from.AddDays(1));
        for (var i = Math.Max(first, 1); first >= 0 && i < dates.Length; i++)
        {
            var horizon = dates[i].AddYears(-rule.Years);
            if (dates[0] > horizon || Periods.BaseIndex(dates, rule.Period, dates[i]) is not { } k || k >= i)
            {
                continue;
            }

            var rank = ReturnRank.Rank(dates, closes, i, i - k);
            if (double.IsNaN(rank.Return) || rank.WindowCount < 2)
            {
                continue;
            }

            var since = rule.Best ? rank.HigherSince : rank.LowerSince;
            if (since is null || since.Value < horizon)
            {
                var word = rule.Best ? "best" : "worst";
                var record = since is null ? "on record" : "since " + D(since.Value);
                result.Add(new AlertOccurrence(
                    dates[i], rule.Best ? "return-rank-best" : "return-rank-worst", rank.Return,
                    $"{token} return {P(rank.Return)}: the {word} in {rule.Years} year{(rule.Years == 1 ? "" : "s")} ({(rule.Best ? "highest" : "lowest")} {record})"));
            }
        }

        return result;
    }

    private static List<AlertOccurrence> FlowEvents(AlertCondition rule, AlertSeries series)
    {
        var result = new List<AlertOccurrence>();
        if (series.Flows is not { } flows)
        {
            return result;
        }

        Guard.SameLength(flows.Dates.Length, flows.NetFlow.Length, nameof(flows.Dates), nameof(flows.NetFlow));
        Guard.SameLength(flows.Dates.Length, flows.Modelled.Length, nameof(flows.Dates), nameof(flows.Modelled));
        var below = rule.Kind == AlertRuleKind.FlowBelow;
        var s = rule.Sessions;
        var wasIn = false;
        for (var i = 0; i < flows.Dates.Length; i++)
        {
            var sum = 0.0;
            var modelled = false;
            var ok = i >= s - 1;
            for (var j = i - s + 1; ok && j <= i; j++)
            {
                var f = flows.NetFlow[j];
                ok = f is { } v && !double.IsNaN(v) && (rule.AllowModelled || !flows.Modelled[j]);
                sum += ok ? f!.Value : 0;
                modelled |= flows.Modelled[j];
            }

            var isIn = ok && (below ? sum < rule.Level : sum > rule.Level);
            if (isIn && !wasIn)
            {
                var days = s == 1 ? "the session" : $"the last {s} sessions";
                result.Add(new AlertOccurrence(
                    flows.Dates[i], below ? "flow-below" : "flow-above", sum,
                    $"Net flow over {days} {Money(sum)} ({(below ? "below" : "above")} {Money(rule.Level)}; {(modelled ? "includes MODELLED flows" : "real flows")})",
                    modelled));
            }

            wasIn = isIn;
        }

        return result;
    }

    /// <summary>52-week high flags, or low flags (highs of the negated closes).</summary>
    private static bool[] FiftyTwoWeekFlags(DateOnly[] dates, double[] closes, bool high)
    {
        if (high)
        {
            return NewHighs.Flags(dates, closes, HighKind.FiftyTwoWeek);
        }

        var negated = new double[closes.Length];
        for (var i = 0; i < negated.Length; i++)
        {
            negated[i] = -closes[i];
        }

        return NewHighs.Flags(dates, negated, HighKind.FiftyTwoWeek);
    }

    /// <summary>True when the history reaches back to the start of the 52-week window ending at <paramref name="i"/>.</summary>
    private static bool CoversYear(DateOnly[] dates, int i) => dates[0] <= dates[i].AddDays(-364);

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string P(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(double usd)
    {
        var a = Math.Abs(usd);
        var sign = usd < 0 ? "-" : "+";
        return a >= 1e9 ? $"{sign}${(a / 1e9).ToString("0.##", CultureInfo.InvariantCulture)}B"
            : a >= 1e6 ? $"{sign}${(a / 1e6).ToString("0.#", CultureInfo.InvariantCulture)}M"
            : $"{sign}${a.ToString("0", CultureInfo.InvariantCulture)}";
    }
}
