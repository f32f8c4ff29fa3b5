using SmallCapDashboard.Analytics.Indicators;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Analytics.Signals;
using SmallCapDashboard.Data.Queries;

namespace SmallCapDashboard.Web.Services.Overview;

/// <summary>Pure computation of the overview's figures from whole series. No I/O.</summary>
public static class OverviewFigures
{
    /// <summary>Year-to-date return (fraction) as of <paramref name="asOf"/>: from the last close of the previous year to the last close on or before as-of.</summary>
    public static double? YtdReturn(BarSeries bars, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var end = Analytics.Core.DateSearch.IndexOnOrBefore(bars.Dates, asOf);
        var b = Periods.BaseIndex(bars.Dates, Period.Ytd, asOf);
        if (end < 0 || b is null)
        {
            return null;
        }

        return bars.Close[end] / bars.Close[b.Value] - 1.0;
    }

    /// <summary>
    /// Distance of the last close on or before as-of from the highest close up to then (a fraction ≤ 0), with the
    /// high's date and close.
    /// </summary>
    public static DistanceFromHigh? FromHigh(BarSeries bars, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var end = Analytics.Core.DateSearch.IndexOnOrBefore(bars.Dates, asOf);
        if (end < 0)
        {
            return null;
        }

        var peak = 0;
        for (var i = 1; i <= end; i++)
        {
            if (bars.Close[i] >= bars.Close[peak])
            {
                peak = i;
            }
        }

        return new DistanceFromHigh(bars.Symbol, bars.Close[end] / bars.Close[peak] - 1.0, bars.Dates[peak], bars.Close[peak], bars.Dates[end]);
    }

    /// <summary>The latest cross of SMA(fast) and SMA(slow) on or before as-of, or null when none.</summary>
    public static CrossEvent? LatestCross(BarSeries bars, int fast, int slow, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var crosses = MovingAverageCrosses.Find(bars.Dates, Sma.Calculate(bars.Close, fast), Sma.Calculate(bars.Close, slow));
        for (var i = crosses.Count - 1; i >= 0; i--)
        {
            if (crosses[i].Date <= asOf)
            {
                return crosses[i];
            }
        }

        return null;
    }

    /// <summary>The RSI(14) regime (upper or lower half, 55/45 hysteresis) in force on as-of and the day it began.</summary>
    public static (RsiRegime Regime, DateOnly Since, double Rsi)? RsiRegimeOn(BarSeries bars, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var end = Analytics.Core.DateSearch.IndexOnOrBefore(bars.Dates, asOf);
        if (end < 0)
        {
            return null;
        }

        var dates = bars.Dates[..(end + 1)];
        var rsi = Rsi.Calculate(bars.Close.AsSpan(0, end + 1));
        var result = RsiRegimes.Find(dates, rsi);
        if (result.Regimes.Count == 0 || result.States[end] == RsiRegime.None)
        {
            return null;
        }

        var last = result.Regimes[^1];
        return (result.States[end], last.Start, rsi[end]);
    }
}

/// <summary>How far a symbol's last close lies below its highest close (fraction ≤ 0).</summary>
public sealed record DistanceFromHigh(string Symbol, double Drawdown, DateOnly HighDate, double High, DateOnly AsOf);
