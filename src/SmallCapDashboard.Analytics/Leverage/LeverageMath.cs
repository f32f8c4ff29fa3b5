using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Leverage;

/// <summary>
/// Leveraged and inverse fund maths (DESIGN.md separates three quantities): the daily-reset path, the compounding
/// drag (daily-reset path − β × index return), the tracking difference (fund's actual return − daily-reset path), and
/// the expected compounding drag from volatility. Returns are fractions; β is the fund's daily multiple (e.g. 3 for
/// TNA, −3 for TZA). Index closes: an index or an unlevered ETF, in the basis the comparison should use.
/// </summary>
public static class LeverageMath
{
    /// <summary>The holding periods the /leveraged page shows drag for: 1W, 1M, 3M and 1Y.</summary>
    public static IReadOnlyList<Period> StandardHoldings { get; } = [Period.W1, Period.M1, Period.M3, Period.Y1];

    /// <summary>
    /// The daily-reset path: what a fund returning exactly β × the index's daily return every session would have
    /// returned since the base close, <c>Π(1 + β·r_k) − 1</c> over k = base+1 … i with
    /// <c>r_k = c[k]/c[k−1] − 1</c>. 0 at the base, NaN before it; once a close is NaN the path stays NaN.
    /// A session with 1 + β·r ≤ 0 wipes the fund out: the path is −1 from then on.
    /// </summary>
    /// <param name="indexCloses">Index closes.</param>
    /// <param name="beta">Daily leverage multiple β.</param>
    /// <param name="baseIndex">Index of the base close.</param>
    /// <returns>A new array of fractions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseIndex"/> is outside the series.</exception>
    public static double[] DailyResetPath(ReadOnlySpan<double> indexCloses, double beta, int baseIndex)
    {
        Guard.IndexInRange(baseIndex, indexCloses.Length, nameof(baseIndex));
        var result = new double[indexCloses.Length];
        result.AsSpan(0, baseIndex).Fill(double.NaN);
        var growth = double.IsNaN(indexCloses[baseIndex]) ? double.NaN : 1.0;
        result[baseIndex] = growth - 1.0;
        for (var i = baseIndex + 1; i < result.Length; i++)
        {
            var factor = 1.0 + beta * (indexCloses[i] / indexCloses[i - 1] - 1.0);
            growth = growth <= 0 ? 0.0 : factor <= 0 ? 0.0 : growth * factor;
            result[i] = growth - 1.0;
        }

        return result;
    }

    /// <summary>
    /// β × the index's cumulative return from the base, <c>β·(c[i]/c[base] − 1)</c>: the naive "3× the index" line the
    /// daily-reset path is compared with. NaN before the base.
    /// </summary>
    /// <param name="indexCloses">Index closes.</param>
    /// <param name="beta">Daily leverage multiple β.</param>
    /// <param name="baseIndex">Index of the base close.</param>
    /// <returns>A new array of fractions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseIndex"/> is outside the series.</exception>
    public static double[] BetaTimesIndex(ReadOnlySpan<double> indexCloses, double beta, int baseIndex)
    {
        Guard.IndexInRange(baseIndex, indexCloses.Length, nameof(baseIndex));
        var result = new double[indexCloses.Length];
        result.AsSpan(0, baseIndex).Fill(double.NaN);
        var inv = 1.0 / indexCloses[baseIndex];
        for (var i = baseIndex; i < result.Length; i++)
        {
            result[i] = beta * (indexCloses[i] * inv - 1.0);
        }

        return result;
    }

    /// <summary>
    /// Compounding drag: daily-reset path − β × the index's cumulative return from the base,
    /// <c>DailyResetPath[i] − β·(c[i]/c[base] − 1)</c>. Negative when volatility eroded the leveraged return
    /// (the usual case in choppy markets), positive in strong trends. NaN before the base.
    /// </summary>
    /// <param name="indexCloses">Index closes.</param>
    /// <param name="beta">Daily leverage multiple β.</param>
    /// <param name="baseIndex">Index of the base close.</param>
    /// <returns>A new array of fractions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseIndex"/> is outside the series.</exception>
    public static double[] CompoundingDrag(ReadOnlySpan<double> indexCloses, double beta, int baseIndex)
    {
        var path = DailyResetPath(indexCloses, beta, baseIndex);
        var inv = 1.0 / indexCloses[baseIndex];
        for (var i = baseIndex; i < path.Length; i++)
        {
            path[i] -= beta * (indexCloses[i] * inv - 1.0);
        }

        return path;
    }

    /// <summary>
    /// Tracking difference: the fund's actual cumulative return minus the daily-reset path from the same base,
    /// <c>(f[i]/f[base] − 1) − DailyResetPath[i]</c> — fees, financing, cash drag and (with price-basis fund
    /// closes) distributions. Pass fund closes in the total basis to exclude distributions. NaN before the base.
    /// </summary>
    /// <param name="fundCloses">The leveraged fund's closes, aligned with <paramref name="indexCloses"/>.</param>
    /// <param name="indexCloses">Index closes.</param>
    /// <param name="beta">Daily leverage multiple β.</param>
    /// <param name="baseIndex">Index of the base close.</param>
    /// <returns>A new array of fractions.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseIndex"/> is outside the series.</exception>
    public static double[] TrackingDifference(ReadOnlySpan<double> fundCloses, ReadOnlySpan<double> indexCloses, double beta, int baseIndex)
    {
        Guard.SameLength(fundCloses.Length, indexCloses.Length, nameof(fundCloses), nameof(indexCloses));
        var path = DailyResetPath(indexCloses, beta, baseIndex);
        var inv = 1.0 / fundCloses[baseIndex];
        for (var i = baseIndex; i < path.Length; i++)
        {
            path[i] = fundCloses[i] * inv - 1.0 - path[i];
        }

        return path;
    }

    /// <summary>
    /// The expected compounding drag in log terms, <c>(β² − β)/2 · σ² · t</c>, from
    /// <c>ln(1 + R_fund) ≈ β·ln(1 + R_index) − (β² − β)/2 · σ² · t</c> (continuous-time approximation: constant
    /// volatility, daily reset, no fees). Positive for β &gt; 1 and for every β &lt; 0; zero for β = 0 or 1.
    /// </summary>
    /// <param name="beta">Daily leverage multiple β.</param>
    /// <param name="annualVol">Annualised volatility σ of the index (fraction, e.g. 0.25).</param>
    /// <param name="years">Holding period t in years.</param>
    /// <returns>The drag term, in log-return units, subtracted from β·ln(1 + R_index).</returns>
    public static double ExpectedLogDrag(double beta, double annualVol, double years) =>
        (beta * beta - beta) / 2.0 * annualVol * annualVol * years;

    /// <summary>
    /// The expected drag of <see cref="ExpectedLogDrag"/> with its simple-return equivalents for a given index return:
    /// the factor <c>e^(−drag) − 1</c>, the expected fund return <c>(1 + R_index)^β · e^(−drag) − 1</c>, and the
    /// expected compounding drag comparable to <see cref="CompoundingDrag"/>: expected fund return − β·R_index.
    /// </summary>
    /// <param name="beta">Daily leverage multiple β.</param>
    /// <param name="annualVol">Annualised index volatility σ (fraction).</param>
    /// <param name="years">Holding period in years.</param>
    /// <param name="indexReturn">The index's return over the period (fraction, &gt; −1).</param>
    /// <returns>The expected drag in log and simple terms.</returns>
    public static ExpectedDrag Expected(double beta, double annualVol, double years, double indexReturn)
    {
        var logDrag = ExpectedLogDrag(beta, annualVol, years);
        var fund = Math.Pow(1.0 + indexReturn, beta) * Math.Exp(-logDrag) - 1.0;
        return new ExpectedDrag(logDrag, Math.Exp(-logDrag) - 1.0, fund, fund - beta * indexReturn);
    }

    /// <summary>
    /// Annualised realised volatility of the index between two closes: the sample standard deviation (n − 1) of the
    /// daily log returns ln(c[k]/c[k−1]) for k = start+1 … end, × √<paramref name="periodsPerYear"/>. NaN with fewer
    /// than two returns or a NaN close. Feeds <see cref="ExpectedLogDrag"/>.
    /// </summary>
    /// <param name="closes">Index closes.</param>
    /// <param name="start">Index of the first close.</param>
    /// <param name="end">Index of the last close.</param>
    /// <param name="periodsPerYear">Sessions per year (default 252).</param>
    /// <returns>σ as a fraction per year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the series.</exception>
    public static double RealisedVolatility(ReadOnlySpan<double> closes, int start, int end, int periodsPerYear = 252)
    {
        Guard.IndexInRange(start, closes.Length, nameof(start));
        Guard.IndexInRange(end, closes.Length, nameof(end));
        var n = end - start;
        if (n < 2)
        {
            return double.NaN;
        }

        double mean = 0, m2 = 0;
        for (var k = 1; k <= n; k++)
        {
            var x = Math.Log(closes[start + k] / closes[start + k - 1]);
            var delta = x - mean;
            mean += delta / k;
            m2 += delta * (x - mean);
        }

        return Math.Sqrt(m2 / (n - 1) * periodsPerYear);
    }

    /// <summary>
    /// Distribution of the compounding drag over every window of a calendar holding period: for each end session e,
    /// the start is the last close on or before <c>date[e] − holding</c> (<see cref="Periods.TargetDate"/>); ends whose
    /// start would precede the history are skipped. Each window's drag is <c>Π(1 + β·r) − 1 − β·(c[e]/c[s] − 1)</c>
    /// (prefix sums of log factors and a moving start pointer; O(n log n) with the final sort). Windows touching a NaN close are skipped.
    /// </summary>
    /// <param name="dates">Strictly ascending session dates.</param>
    /// <param name="indexCloses">Index closes, same length.</param>
    /// <param name="beta">Daily leverage multiple β.</param>
    /// <param name="holding">1W, 1M, 3M, 6M or 1Y/3Y/5Y/10Y (not YTD or Max).</param>
    /// <returns>Count, mean, min, percentiles and max of the drags (fractions).</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holding"/> is YTD or Max.</exception>
    public static DragDistribution DragByHoldingPeriod(DateOnly[] dates, ReadOnlySpan<double> indexCloses, double beta, Period holding)
    {
        ArgumentNullException.ThrowIfNull(dates);
        Guard.SameLength(dates.Length, indexCloses.Length, nameof(dates), nameof(indexCloses));
        if (holding is Period.Ytd or Period.Max)
        {
            throw new ArgumentOutOfRangeException(nameof(holding), holding, "A holding period must have a fixed calendar length (not YTD or Max).");
        }

        // logGrowth[i] = Σ ln(1 + β·r_k), k ≤ i; wiped[i] = count of sessions with 1 + β·r_k ≤ 0; bad[i] = NaN closes so far.
        var n = dates.Length;
        if (n < 2)
        {
            return DragDistribution.From(holding, []);
        }

        var logGrowth = new double[n];
        var wiped = new int[n];
        var bad = new int[n];
        bad[0] = double.IsNaN(indexCloses[0]) ? 1 : 0;
        for (var i = 1; i < n; i++)
        {
            var factor = 1.0 + beta * (indexCloses[i] / indexCloses[i - 1] - 1.0);
            bad[i] = bad[i - 1] + (double.IsNaN(indexCloses[i]) ? 1 : 0);
            wiped[i] = wiped[i - 1] + (factor <= 0 ? 1 : 0);
            logGrowth[i] = logGrowth[i - 1] + (factor > 0 ? Math.Log(factor) : 0.0);
        }

        var drags = new double[n];
        var count = 0;
        var next = 0; // first index whose date is after the current target; targets never decrease with e
        for (var e = 1; e < n; e++)
        {
            var target = Periods.TargetDate(holding, dates[e])!.Value;
            while (next < n && dates[next] <= target)
            {
                next++;
            }

            var s = next - 1;
            if (s < 0 || s >= e || bad[e] != bad[s] || double.IsNaN(indexCloses[s]))
            {
                continue;
            }

            var path = wiped[e] != wiped[s] ? -1.0 : Math.Exp(logGrowth[e] - logGrowth[s]) - 1.0;
            drags[count++] = path - beta * (indexCloses[e] / indexCloses[s] - 1.0);
        }

        return DragDistribution.From(holding, drags.AsSpan(0, count));
    }
}
