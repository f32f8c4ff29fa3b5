using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Flows;

namespace SmallCapDashboard.Analytics.Reduction;

/// <summary>
/// Weekly and monthly OHLCV bars from daily ones (for candles and volume on long ranges). Flow bars aggregate with
/// <see cref="FlowAggregation"/>.
/// </summary>
public static class BarAggregation
{
    /// <summary>
    /// One bar per ISO week (Monday start) with at least one session: open of the first session, highest high,
    /// lowest low (NaN ignored), close of the last session, summed volume, dated by the week's last session.
    /// Prices keep the basis of the input.
    /// </summary>
    /// <param name="bars">Daily bars, dates strictly ascending.</param>
    /// <returns>The weekly bars.</returns>
    /// <exception cref="ArgumentException">The dates are not strictly ascending.</exception>
    public static IReadOnlyList<OhlcvBar> Weekly(IReadOnlyList<OhlcvBar> bars) =>
        Aggregate(bars, FlowAggregation.WeekStart);

    /// <summary>One bar per calendar month; see <see cref="Weekly"/>.</summary>
    /// <param name="bars">Daily bars, dates strictly ascending.</param>
    /// <returns>The monthly bars.</returns>
    /// <exception cref="ArgumentException">The dates are not strictly ascending.</exception>
    public static IReadOnlyList<OhlcvBar> Monthly(IReadOnlyList<OhlcvBar> bars) =>
        Aggregate(bars, static d => new DateOnly(d.Year, d.Month, 1));

    private static List<OhlcvBar> Aggregate(IReadOnlyList<OhlcvBar> bars, Func<DateOnly, DateOnly> periodOf)
    {
        ArgumentNullException.ThrowIfNull(bars);
        for (var i = 1; i < bars.Count; i++)
        {
            if (bars[i].Date <= bars[i - 1].Date)
            {
                throw new ArgumentException(
                    $"Bar dates must be strictly ascending: bar {i} ({bars[i].Date:yyyy-MM-dd}) follows {bars[i - 1].Date:yyyy-MM-dd}.",
                    nameof(bars));
            }
        }

        var result = new List<OhlcvBar>();
        var i0 = 0;
        while (i0 < bars.Count)
        {
            var period = periodOf(bars[i0].Date);
            var open = bars[i0].Open;
            double high = double.NegativeInfinity, low = double.PositiveInfinity, volume = 0;
            var j = i0;
            for (; j < bars.Count && periodOf(bars[j].Date) == period; j++)
            {
                var b = bars[j];
                if (b.High > high)
                {
                    high = b.High;
                }

                if (b.Low < low)
                {
                    low = b.Low;
                }

                volume += b.Volume;
            }

            var last = bars[j - 1];
            result.Add(new OhlcvBar(
                last.Date,
                open,
                double.IsNegativeInfinity(high) ? double.NaN : high,
                double.IsPositiveInfinity(low) ? double.NaN : low,
                last.Close,
                volume));
            i0 = j;
        }

        return result;
    }
}
