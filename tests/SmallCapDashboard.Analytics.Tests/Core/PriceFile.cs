using System.Globalization;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Analytics.Tests.Core;

/// <summary>
/// Reads the date and close columns of a bundled yfinance export in <c>../shared/data/prices</c>
/// (<c>Date,Open,High,Low,Close,...</c>, dates like <c>2008-11-19 00:00:00-05:00</c>). Loaded once per symbol.
/// </summary>
internal static class PriceFile
{
    private static readonly Dictionary<string, (DateOnly[] Dates, double[] Closes)> Cache = [];
    private static readonly Lock Gate = new();

    public static (DateOnly[] Dates, double[] Closes) Load(string symbol)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(symbol, out var cached))
            {
                return cached;
            }

            var lines = File.ReadAllLines(RepoPaths.SharedData("prices", symbol + ".csv"));
            var dates = new List<DateOnly>(lines.Length);
            var closes = new List<double>(lines.Length);
            for (var i = 1; i < lines.Length; i++)
            {
                var cells = lines[i].Split(',');
                var date = DateOnly.ParseExact(cells[0][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (date >= new DateOnly(2025, 12, 26))
                {
                    continue; // the partial intraday bar the data README warns about
                }

                dates.Add(date);
                closes.Add(double.Parse(cells[4], CultureInfo.InvariantCulture));
            }

            var result = (dates.ToArray(), closes.ToArray());
            Cache[symbol] = result;
            return result;
        }
    }
}
