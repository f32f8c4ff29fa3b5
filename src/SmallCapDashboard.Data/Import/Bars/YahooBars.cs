namespace SmallCapDashboard.Data.Import.Bars;

/// <summary>
/// Yahoo CSV: OHLC and Close are split-adjusted (the price basis as is); Adj Close also adds dividends back, so
/// the total-return factor is Adj Close / Close, normalised to 1.0 on the first bar. Stooq files have no
/// adjusted column: their factor is 1.0 throughout.
/// </summary>
internal static class YahooBars
{
    public static CanonicalBar[] ToCanonical(IReadOnlyList<RawBar> rows, bool hasAdjustedClose)
    {
        var n = rows.Count;
        var result = new CanonicalBar[n];
        var r0 = hasAdjustedClose ? rows[0].Extra / rows[0].Close : 1.0;
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            var factor = hasAdjustedClose ? r.Extra / r.Close / r0 : 1.0;
            result[i] = new CanonicalBar(r.Date, r.Open, r.High, r.Low, r.Close, r.Volume, factor);
        }

        return result;
    }
}
