using SmallCapDashboard.Analytics.Alerts;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Queries;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>
/// Reads what a rule is evaluated on through the store's read services, each series once per instance of this
/// class (one per check): closes in the rule's basis (a ratio symbol <c>A:B</c> = A's closes over B's on the dates
/// both share, as /indicators draws it), flows, the large symbol of a spread rule, and the references of
/// high-unconfirmed: every large-cap fund or index in the catalogue (SPY, DIA, QQQ, ^GSPC in the bundle) other than
/// the symbol itself.
/// </summary>
internal sealed class AlertSeriesSource(BarReader bars, FundDayReader fundDays, InstrumentCatalog catalog)
{
    private readonly Dictionary<(string, PriceBasis), DatedSeries?> _closes = new();
    private readonly Dictionary<string, AlertFlows?> _flows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly?> _lastBars = new(StringComparer.Ordinal);
    private IReadOnlyList<InstrumentInfo>? _instruments;

    /// <summary>The series for <paramref name="condition"/> on <paramref name="symbol"/>; throws <see cref="AlertInputException"/> naming what is missing.</summary>
    public async Task<AlertSeries> ReadAsync(string symbol, AlertCondition condition, PriceBasis basis, CancellationToken ct)
    {
        var closes = await ClosesAsync(symbol, basis, ct) ?? throw new AlertInputException($"{symbol}: no daily bars stored.");
        var series = new AlertSeries(closes.Dates, closes.Values);
        if (condition.UsesFlows)
        {
            series = series with { Flows = await FlowsAsync(symbol, ct) };
        }

        if (condition.UsesLarge)
        {
            series = series with
            {
                Large = await ClosesAsync(condition.Large, basis, ct) ?? throw new AlertInputException($"{condition.Large}: no daily bars stored (the spread's large symbol)."),
            };
        }

        if (condition.UsesReferences)
        {
            var references = new List<NamedSeries>();
            foreach (var i in await ReferencesAsync(symbol, ct))
            {
                if (await ClosesAsync(i, basis, ct) is { Count: > 0 } s)
                {
                    references.Add(new NamedSeries(i, s));
                }
            }

            series = series with { References = references };
        }

        return series;
    }

    /// <summary>The latest stored session of what the rule reads: fund days for flow rules, else the (ratio) closes; null when none.</summary>
    public async Task<DateOnly?> LatestSessionAsync(string symbol, AlertCondition condition, PriceBasis basis, CancellationToken ct)
    {
        if (condition.UsesFlows)
        {
            var flows = await FlowsAsync(symbol, ct);
            return flows is { Dates.Length: > 0 } f ? f.Dates[^1] : null;
        }

        var closes = await ClosesAsync(symbol, basis, ct);
        return closes is { Count: > 0 } c ? c.Dates[^1] : null;
    }

    /// <summary>
    /// An upper bound of the latest session of a symbol's closes from one indexed query per part: its last bar date, for
    /// a ratio the earlier of the two parts' (their common dates end no later). Null when a part has no bars.
    /// </summary>
    public async Task<DateOnly?> LastBarBoundAsync(string symbol, CancellationToken ct)
    {
        DateOnly? bound = null;
        foreach (var part in symbol.Split(':'))
        {
            if (!_lastBars.TryGetValue(part, out var last))
            {
                last = await bars.LastDateAsync(part, ct);
                _lastBars[part] = last;
            }

            if (last is null)
            {
                return null;
            }

            bound = bound is null || last < bound ? last : bound;
        }

        return bound;
    }

    /// <summary>Closes of a symbol or ratio symbol; null when a part is unknown or has no bars.</summary>
    public async Task<DatedSeries?> ClosesAsync(string symbol, PriceBasis basis, CancellationToken ct)
    {
        if (_closes.TryGetValue((symbol, basis), out var cached))
        {
            return cached;
        }

        DatedSeries? result;
        var parts = symbol.Split(':');
        if (parts.Length == 2)
        {
            var a = await ClosesAsync(parts[0], basis, ct);
            var b = await ClosesAsync(parts[1], basis, ct);
            result = a is null || b is null ? null : RelativeStrength.RatioSeries(a, b);
        }
        else
        {
            var read = await bars.ReadAsync(symbol, basis, cancellationToken: ct);
            result = read is { Count: > 0 } ? read.Closes() : null;
        }

        _closes[(symbol, basis)] = result;
        return result;
    }

    private async Task<AlertFlows?> FlowsAsync(string symbol, CancellationToken ct)
    {
        if (_flows.TryGetValue(symbol, out var cached))
        {
            return cached;
        }

        var days = await fundDays.ReadAsync(symbol, includeModelled: true, cancellationToken: ct);
        var result = days is { Count: > 0 } ? new AlertFlows(days.Dates, days.NetFlow, days.Modelled) : null;
        _flows[symbol] = result;
        return result;
    }

    /// <summary>The large-cap funds and indices of the catalogue other than <paramref name="symbol"/>.</summary>
    public async Task<IReadOnlyList<string>> ReferencesAsync(string symbol, CancellationToken ct)
    {
        _instruments ??= await catalog.ListAsync(ct);
        return _instruments
            .Where(i => i.SizeGroup == SizeGroup.Large && i.Kind is InstrumentKind.Etf or InstrumentKind.Index && i.Symbol != symbol)
            .Select(i => i.Symbol)
            .ToList();
    }

    /// <summary>The catalogue entry of a plain symbol, or null.</summary>
    public async Task<InstrumentInfo?> InstrumentAsync(string symbol, CancellationToken ct)
    {
        _instruments ??= await catalog.ListAsync(ct);
        return _instruments.FirstOrDefault(i => i.Symbol == symbol);
    }
}
