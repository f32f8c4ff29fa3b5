namespace SmallCapDashboard.Data.Import.Bars;

/// <summary>
/// yfinance stores prices as 32-bit floats (252.7100067138672 for 252.71), so a recovered traded price carries
/// noise of about 1e-7 of its value. Traded prices sit on a tick grid (cents, half cents, or 1/64-dollar
/// fractions before 2001); a recovered price within that noise of a grid point is snapped to it. Prices whose
/// noise is not clearly smaller than the grid (reverse-split-adjusted prices in the thousands) are left alone.
/// </summary>
internal static class TickGrid
{
    /// <summary>Coarsest first: the first grid with a point close enough wins.</summary>
    private static readonly double[] Grids = [0.01, 0.005, 1.0 / 64, 1.0 / 128, 1.0 / 256];

    /// <summary>Float32 rounding is at most 6e-8 of the value; the dividend undo adds a little.</summary>
    private const double RelativeNoise = 4e-7;

    public static double Snap(double price)
    {
        var tolerance = RelativeNoise * price;
        foreach (var grid in Grids)
        {
            if (grid < 8 * tolerance)
            {
                continue;
            }

            var snapped = Math.Round(price / grid) * grid;
            if (Math.Abs(snapped - price) <= tolerance)
            {
                // Round to 10 decimals so 141.78 reads as 141.78, not 141.78000000000003.
                return Math.Round(snapped, 10);
            }
        }

        return price;
    }
}
