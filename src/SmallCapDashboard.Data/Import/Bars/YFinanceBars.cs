namespace SmallCapDashboard.Data.Import.Bars;

/// <summary>
/// yfinance <c>history()</c> exports: OHLC adjusted for splits and dividends, volume for splits, and a Dividends
/// column (cash per share, split-adjusted, on the ex-date). The price basis is recovered by undoing dividends
/// walking back from the last bar (whose adjusted and traded prices agree):
/// P(s−1) = adj(s−1) / F(s) + D(s) and F(s−1) = adj(s−1) / P(s−1), where F is the product of the dividend
/// factors after the bar. Open, High and Low of a bar are divided by the same F. The total-return factor is F
/// normalised to 1.0 on the first bar. Recovered prices
/// are snapped to the tick grid when within float32 noise of it (<see cref="TickGrid"/>).
/// </summary>
internal static class YFinanceBars
{
    public static CanonicalBar[] ToCanonical(IReadOnlyList<RawBar> rows)
    {
        var n = rows.Count;
        var f = new double[n];
        f[n - 1] = 1.0;
        for (var s = n - 1; s >= 1; s--)
        {
            var adjPrev = rows[s - 1].Close;
            var dividend = rows[s].Extra;
            var pricePrev = (adjPrev / f[s]) + dividend;
            f[s - 1] = adjPrev / pricePrev;
        }

        var result = new CanonicalBar[n];
        var f0 = f[0];
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            var fi = f[i];
            result[i] = new CanonicalBar(
                r.Date, TickGrid.Snap(r.Open / fi), TickGrid.Snap(r.High / fi), TickGrid.Snap(r.Low / fi), TickGrid.Snap(r.Close / fi), r.Volume, fi / f0);
        }

        return result;
    }
}
