using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Data.Queries;

namespace SmallCapDashboard.Data.Views;

/// <summary>
/// The series behind a symbol as every face reads it: a stored symbol (<c>IWM</c>) or a ratio symbol (<c>IWM:SPY</c>,
/// the ratio of the two closes on the dates both share, as StockCharts draws it). Loaded in the price basis; the
/// basis and its as-of anchor are applied by <see cref="InBasis"/>. Used by <c>smallcap export indicators</c>, the
/// <c>/indicators</c> page and its CSV endpoint.
/// </summary>
public sealed record SymbolSeries(string Symbol, BarSeries Primary, BarSeries? Denominator)
{
    /// <summary>True for a ratio symbol.</summary>
    public bool IsRatio => Denominator is not null;

    /// <summary>The session dates of the series (for a ratio: the dates both legs share).</summary>
    public DateOnly[] Dates => IsRatio ? RelativeStrength.RatioSeries(Primary.Closes(), Denominator!.Closes()).Dates : Primary.Dates;

    /// <summary>
    /// Splits a ratio symbol <c>A:B</c> into its legs; a plain symbol gives (symbol, null). False when the text holds
    /// more than one <c>:</c> or an empty leg.
    /// </summary>
    public static bool TryParse(string symbol, out string numerator, out string? denominator)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var parts = symbol.Split(':');
        numerator = parts[0];
        denominator = parts.Length == 2 ? parts[1] : null;
        return parts.Length switch
        {
            1 => parts[0].Length > 0,
            2 => parts[0].Length > 0 && parts[1].Length > 0,
            _ => false,
        };
    }

    /// <summary>
    /// Loads the legs of <paramref name="symbol"/> through <paramref name="bars"/> (the caller's store or cache; it
    /// throws its own message for an unknown leg and is told whether the leg is the denominator).
    /// </summary>
    /// <exception cref="ArgumentException">The symbol is neither a symbol nor a ratio of two.</exception>
    public static async Task<SymbolSeries> LoadAsync(string symbol, Func<string, bool, Task<BarSeries>> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (!TryParse(symbol, out var a, out var b))
        {
            throw new ArgumentException($"Symbol '{symbol}' is neither a symbol nor a ratio of two (e.g. IWM:SPY).", nameof(symbol));
        }

        var primary = await bars(a, false).ConfigureAwait(false);
        var denominator = b is null ? null : await bars(b, true).ConfigureAwait(false);
        return new SymbolSeries(symbol, primary, denominator);
    }

    /// <summary>
    /// The series in <paramref name="basis"/>, the total basis anchored at <paramref name="asOf"/> (null: each leg at
    /// its last stored session). A ratio has its closes in every price column and no volume.
    /// </summary>
    public SymbolBars InBasis(PriceBasis basis, DateOnly? asOf)
    {
        var a = Primary.InBasis(basis, asOf);
        if (Denominator is null)
        {
            return new SymbolBars(Symbol, true, a.Dates, a.Open, a.High, a.Low, a.Close, a.Volume);
        }

        var ratio = RelativeStrength.RatioSeries(a.Closes(), Denominator.InBasis(basis, asOf).Closes());
        var v = ratio.Values;
        return new SymbolBars($"{Symbol} (ratio of closes)", false, ratio.Dates, v, v, v, v, new double[v.Length]);
    }
}

/// <summary>A symbol's bars in one basis, index-aligned with <see cref="Dates"/>.</summary>
public sealed record SymbolBars(
    string Description, bool HasVolume, DateOnly[] Dates, double[] Open, double[] High, double[] Low, double[] Close, double[] Volume);
