using SmallCapDashboard.Analytics.Core;

namespace SmallCapDashboard.Analytics.Performance;

/// <summary>Drawdown from the all-time high.</summary>
public static class Drawdown
{
    /// <summary>
    /// Drawdown from the running all-time high as a fraction (0 at a new high, −0.25 = 25 % below it):
    /// <c>closes[i] / max(closes[0..i]) − 1</c>. Pass the whole history (then cut to the window) so the high is
    /// the all-time one. NaN closes give NaN and do not move the high.
    /// </summary>
    /// <param name="closes">Closes in one price basis, the whole history.</param>
    /// <returns>A new array of fractions ≤ 0.</returns>
    public static double[] FromAllTimeHigh(ReadOnlySpan<double> closes)
    {
        var result = new double[closes.Length];
        var high = double.NegativeInfinity;
        for (var i = 0; i < closes.Length; i++)
        {
            var c = closes[i];
            if (double.IsNaN(c))
            {
                result[i] = double.NaN;
                continue;
            }

            if (c > high)
            {
                high = c;
            }

            result[i] = c / high - 1.0;
        }

        return result;
    }

    /// <summary>
    /// The deepest drawdown in the series: the fraction, the index of the high it fell from and the index
    /// of the trough. (0, −1, −1) when there is no valid close; depth 0 when the series never falls.
    /// </summary>
    /// <param name="closes">Closes in one price basis.</param>
    /// <returns>Depth (fraction ≤ 0), peak index and trough index.</returns>
    public static (double Depth, int PeakIndex, int TroughIndex) Maximum(ReadOnlySpan<double> closes)
    {
        var high = double.NegativeInfinity;
        var highIndex = -1;
        var depth = 0.0;
        int peak = -1, trough = -1;
        for (var i = 0; i < closes.Length; i++)
        {
            var c = closes[i];
            if (double.IsNaN(c))
            {
                continue;
            }

            if (c > high)
            {
                high = c;
                highIndex = i;
                if (peak < 0)
                {
                    peak = trough = i;
                }
            }

            var d = c / high - 1.0;
            if (d < depth)
            {
                depth = d;
                peak = highIndex;
                trough = i;
            }
        }

        return (depth, peak, trough);
    }
}
