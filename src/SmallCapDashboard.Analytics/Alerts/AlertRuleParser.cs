using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Signals;

namespace SmallCapDashboard.Analytics.Alerts;

/// <summary>
/// Strict parser of alert rule texts. Parts are separated by <c>:</c>, case-insensitive, no spaces inside:
/// <list type="table">
/// <item><term><c>cross:F/S</c>, <c>golden:F/S</c>, <c>death:F/S</c></term><description>SMA(F) crosses SMA(S) (either way / above / below); 1 ≤ F &lt; S ≤ 1000.</description></item>
/// <item><term><c>rsi-regime[:N]</c></term><description>the RSI(N) regime switches upper ↔ lower (55/45 hysteresis); N 2–100, default 14.</description></item>
/// <item><term><c>rsi-above:L[:N]</c>, <c>rsi-below:L[:N]</c></term><description>RSI(N) crosses the level L (0 &lt; L &lt; 100).</description></item>
/// <item><term><c>divergence:bearish|bullish</c></term><description>a price–RSI(14) divergence, on its confirmation date.</description></item>
/// <item><term><c>new-high</c>, <c>new-low</c></term><description>a close at a 52-week high / low.</description></item>
/// <item><term><c>high-unconfirmed[:N]</c></term><description>the references all close at a 52-week high, the symbol has not in its last N sessions (default 1).</description></item>
/// <item><term><c>spread-below:PP[:PERIOD[:LARGE]]</c>, <c>spread-above:…</c></term><description>the PERIOD spread (percentage points, symbol − LARGE) crosses PP; PERIOD a range token (<c>1w 1m 3m 6m ytd 1y 3y 5y 10y</c>), default <c>ytd</c>; LARGE default SPY. Example <c>spread-below:-10:ytd</c>.</description></item>
/// <item><term><c>return-rank:PERIOD[:Ny][:worst|best]</c></term><description>the PERIOD return is the worst (default) or best of the last N years (default 1). Example <c>return-rank:1w:5y</c>.</description></item>
/// <item><term><c>flow-below:USD[:SESSIONS][:modelled]</c>, <c>flow-above:…</c></term><description>net flow summed over the last SESSIONS (default 1, at most 250) crosses USD (suffix k, m, b allowed: <c>-700m</c>); real flows only unless <c>:modelled</c>.</description></item>
/// </list>
/// </summary>
public static class AlertRuleParser
{
    /// <summary>The rule heads the parser knows, for help texts.</summary>
    public static IReadOnlyList<string> Heads { get; } =
    [
        "cross", "golden", "death", "rsi-regime", "rsi-above", "rsi-below", "divergence", "new-high", "new-low",
        "high-unconfirmed", "spread-below", "spread-above", "return-rank", "flow-below", "flow-above",
    ];

    /// <summary>Parses a rule text.</summary>
    /// <param name="text">The rule, e.g. <c>death:10/50</c>.</param>
    /// <returns>The parsed rule with its canonical text.</returns>
    /// <exception cref="AlertRuleFormatException">The text is not a rule; the message names the wrong part.</exception>
    public static AlertCondition Parse(string? text)
    {
        var raw = (text ?? string.Empty).Trim();
        if (raw.Length == 0)
        {
            throw new AlertRuleFormatException($"rule: empty; expected one of {string.Join(", ", Heads)} (e.g. death:10/50).");
        }

        var parts = raw.ToLowerInvariant().Split(':');
        var head = parts[0];
        var p = new Parts(raw, parts);
        return head switch
        {
            "cross" => Cross(p, AlertRuleKind.Cross),
            "golden" => Cross(p, AlertRuleKind.Golden),
            "death" => Cross(p, AlertRuleKind.Death),
            "rsi-regime" => RsiRegime(p),
            "rsi-above" => RsiLevel(p, AlertRuleKind.RsiAbove),
            "rsi-below" => RsiLevel(p, AlertRuleKind.RsiBelow),
            "divergence" => Divergence(p),
            "new-high" => Bare(p, AlertRuleKind.NewHigh),
            "new-low" => Bare(p, AlertRuleKind.NewLow),
            "high-unconfirmed" => HighUnconfirmed(p),
            "spread-below" => Spread(p, AlertRuleKind.SpreadBelow),
            "spread-above" => Spread(p, AlertRuleKind.SpreadAbove),
            "return-rank" => Rank(p),
            "flow-below" => Flow(p, AlertRuleKind.FlowBelow),
            "flow-above" => Flow(p, AlertRuleKind.FlowAbove),
            _ => throw p.Fail(head.Length == 0 ? "(empty)" : head, $"is not a rule; expected one of {string.Join(", ", Heads)}"),
        };
    }

    /// <summary>Parses a rule text without throwing.</summary>
    /// <param name="text">The rule text.</param>
    /// <param name="rule">The parsed rule, or null.</param>
    /// <param name="error">The one-line reason when it is not a rule, else null.</param>
    /// <returns>True when <paramref name="text"/> is a rule.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out AlertCondition? rule, [NotNullWhen(false)] out string? error)
    {
        try
        {
            rule = Parse(text);
            error = null;
            return true;
        }
        catch (AlertRuleFormatException e)
        {
            rule = null;
            error = e.Message;
            return false;
        }
    }

    private static AlertCondition Cross(Parts p, AlertRuleKind kind)
    {
        p.Count(2, 2, "F/S, two moving-average lengths such as 10/50");
        var pair = p[1].Split('/');
        if (pair.Length != 2)
        {
            throw p.Fail(p[1], "must be F/S, two moving-average lengths such as 10/50");
        }

        var fast = p.Int(pair[0], 1, 1000, "the fast length");
        var slow = p.Int(pair[1], 1, 1000, "the slow length");
        if (fast >= slow)
        {
            throw p.Fail(p[1], "needs the fast length below the slow one (e.g. 10/50)");
        }

        return new AlertCondition { Kind = kind, Text = $"{p[0]}:{fast}/{slow}", Fast = fast, Slow = slow };
    }

    private static AlertCondition RsiRegime(Parts p)
    {
        p.Count(1, 2, "at most an RSI period, as in rsi-regime:14");
        var n = p.Length == 2 ? p.Int(p[1], 2, 100, "the RSI period") : 14;
        return new AlertCondition { Kind = AlertRuleKind.RsiRegime, Text = n == 14 ? "rsi-regime" : $"rsi-regime:{n}", RsiPeriod = n };
    }

    private static AlertCondition RsiLevel(Parts p, AlertRuleKind kind)
    {
        p.Count(2, 3, "a level and optionally an RSI period, as in " + p[0] + ":70");
        var level = p.Number(p[1], "the RSI level");
        if (!(level > 0 && level < 100))
        {
            throw p.Fail(p[1], "must be an RSI level between 0 and 100");
        }

        var n = p.Length == 3 ? p.Int(p[2], 2, 100, "the RSI period") : 14;
        var text = $"{p[0]}:{Invariant(level)}" + (n == 14 ? "" : $":{n}");
        return new AlertCondition { Kind = kind, Text = text, Level = level, RsiPeriod = n };
    }

    private static AlertCondition Divergence(Parts p)
    {
        p.Count(2, 2, "bearish or bullish, as in divergence:bearish");
        var type = p[1] switch
        {
            "bearish" => DivergenceType.Bearish,
            "bullish" => DivergenceType.Bullish,
            _ => throw p.Fail(p[1], "must be bearish or bullish"),
        };
        return new AlertCondition { Kind = AlertRuleKind.Divergence, Text = $"divergence:{p[1]}", Divergence = type };
    }

    private static AlertCondition Bare(Parts p, AlertRuleKind kind)
    {
        p.Count(1, 1, "nothing after it");
        return new AlertCondition { Kind = kind, Text = p[0] };
    }

    private static AlertCondition HighUnconfirmed(Parts p)
    {
        p.Count(1, 2, "at most a number of sessions, as in high-unconfirmed:5");
        var n = p.Length == 2 ? p.Int(p[1], 1, 260, "the number of sessions") : 1;
        return new AlertCondition { Kind = AlertRuleKind.HighUnconfirmed, Text = n == 1 ? "high-unconfirmed" : $"high-unconfirmed:{n}", Sessions = n };
    }

    private static AlertCondition Spread(Parts p, AlertRuleKind kind)
    {
        p.Count(2, 4, "a spread in percentage points, then optionally a period and a large symbol, as in " + p[0] + ":-10:ytd:SPY");
        var level = p.Number(p[1], "the spread in percentage points");
        var period = p.Length >= 3 ? p.Period(p[2]) : Performance.Period.Ytd;
        var large = "SPY";
        if (p.Length == 4)
        {
            large = p[3].ToUpperInvariant();
            if (!IsSymbol(large))
            {
                throw p.Fail(p[3], "is not a symbol (letters, digits, ^ . -)");
            }
        }

        var text = $"{p[0]}:{Invariant(level)}:{RangeTokens.ToToken(period)}" + (large == "SPY" ? "" : ":" + large);
        return new AlertCondition { Kind = kind, Text = text, Level = level, Period = period, Large = large };
    }

    private static AlertCondition Rank(Parts p)
    {
        p.Count(2, 4, "a period, then optionally Ny and worst|best, as in return-rank:1w:5y");
        var period = p.Period(p[1]);
        int? years = null;
        bool? best = null;
        for (var i = 2; i < p.Length; i++)
        {
            var part = p[i];
            if (part is "worst" or "best" && best is null)
            {
                best = part == "best";
            }
            else if (part.EndsWith('y') && years is null && i == 2)
            {
                years = p.Int(part[..^1], 1, 100, "the number of years (e.g. 5y)");
            }
            else
            {
                throw p.Fail(part, "must be a number of years such as 5y, then worst or best");
            }
        }

        var y = years ?? 1;
        var text = $"return-rank:{RangeTokens.ToToken(period)}" + (y == 1 ? "" : $":{y}y") + (best == true ? ":best" : "");
        return new AlertCondition { Kind = AlertRuleKind.ReturnRank, Text = text, Period = period, Years = y, Best = best == true };
    }

    private static AlertCondition Flow(Parts p, AlertRuleKind kind)
    {
        p.Count(2, 4, "an amount in US dollars, then optionally sessions and modelled, as in " + p[0] + ":-700m:2");
        var amount = p.Money(p[1]);
        var sessions = 1;
        var modelled = false;
        for (var i = 2; i < p.Length; i++)
        {
            if (p[i] == "modelled" && i == p.Length - 1)
            {
                modelled = true;
            }
            else if (i == 2)
            {
                sessions = p.Int(p[i], 1, 250, "the number of sessions");
            }
            else
            {
                throw p.Fail(p[i], "must be 'modelled' (to allow modelled flows)");
            }
        }

        var text = $"{p[0]}:{Invariant(amount)}" + (sessions == 1 && !modelled ? "" : $":{sessions}") + (modelled ? ":modelled" : "");
        return new AlertCondition { Kind = kind, Text = text, Level = amount, Sessions = sessions, AllowModelled = modelled };
    }

    private static bool IsSymbol(string s) =>
        s.Length is > 0 and <= 16 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '^' or '.' or '-');

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The split rule text plus helpers that fail naming the part.</summary>
    private readonly struct Parts(string raw, string[] parts)
    {
        public int Length => parts.Length;

        public string this[int i] => parts[i];

        public AlertRuleFormatException Fail(string part, string why) =>
            new($"rule '{raw}': '{part}' {why}.");

        public void Count(int min, int max, string expected)
        {
            if (parts.Length < min)
            {
                throw new AlertRuleFormatException($"rule '{raw}': '{parts[0]}' needs {expected}.");
            }

            if (parts.Length > max)
            {
                throw Fail(parts[max], $"is one part too many; '{parts[0]}' takes {expected}");
            }
        }

        public int Int(string s, int min, int max, string what)
        {
            if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            {
                throw Fail(s, $"must be {what}, a whole number from {min} to {max}");
            }

            return v;
        }

        public double Number(string s, string what)
        {
            if (!double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
                || !double.IsFinite(v))
            {
                throw Fail(s, $"must be {what}, a number such as -10 or 2.5");
            }

            return v;
        }

        public double Money(string s)
        {
            var multiplier = 1.0;
            var digits = s;
            if (s.Length > 0 && s[^1] is 'k' or 'm' or 'b')
            {
                multiplier = s[^1] switch { 'k' => 1e3, 'm' => 1e6, _ => 1e9 };
                digits = s[..^1];
            }

            if (!double.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
                || !double.IsFinite(v))
            {
                throw Fail(s, "must be an amount in US dollars such as -700m, 250k or -1.5b");
            }

            return v * multiplier;
        }

        public Period Period(string s)
        {
            if (!RangeTokens.TryParse(s, out var period) || period == Performance.Period.Max)
            {
                throw Fail(s, "must be a period: 1w, 1m, 3m, 6m, ytd, 1y, 3y, 5y or 10y");
            }

            return period;
        }
    }
}
