using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// The test database content: the TA-Lib reference series SYNA and SYNB imported as symbols, and synthetic
/// weekday series for the default page symbols whose closes follow <see cref="Close"/> (a formula the tests
/// use to work out expected returns by hand).
/// </summary>
public static class TestMarket
{
    /// <summary>First synthetic date.</summary>
    public static readonly DateOnly Start = new(2014, 1, 2);

    /// <summary>Last synthetic date of every symbol but DIA and the indices.</summary>
    public static readonly DateOnly End = new(2024, 12, 31);

    /// <summary>DIA ends earlier, to show the stale badge.</summary>
    public static readonly DateOnly DiaEnd = new(2024, 11, 29);

    /// <summary>Symbol, growth per session, wave amplitude, wave length in sessions, last date.</summary>
    public static readonly (string Symbol, double Growth, double Amplitude, double Wave, DateOnly Last)[] Synthetic =
    [
        ("IWM", 0.0002, 0.12, 180, End),
        ("IJR", 0.00025, 0.10, 150, End),
        ("SPY", 0.0004, 0.06, 220, End),
        ("DIA", 0.00035, 0.05, 200, DiaEnd),
        ("QQQ", 0.0006, 0.08, 160, End),
        ("^GSPC", 0.0004, 0.06, 220, new DateOnly(2024, 9, 12)),
        ("^RUT", 0.0002, 0.12, 180, new DateOnly(2024, 9, 12)),
    ];

    /// <summary>Weekdays from <see cref="Start"/> to <paramref name="last"/>.</summary>
    public static List<DateOnly> Weekdays(DateOnly last)
    {
        var days = new List<DateOnly>();
        for (var d = Start; d <= last; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                days.Add(d);
            }
        }

        return days;
    }

    /// <summary>The synthetic close of session <paramref name="i"/>: 100·exp(g·i + a·sin(2πi/w)).</summary>
    public static double Close(string symbol, int i)
    {
        var s = Array.Find(Synthetic, x => x.Symbol == symbol);
        return 100.0 * Math.Exp(s.Growth * i + s.Amplitude * Math.Sin(2 * Math.PI * i / s.Wave));
    }

    /// <summary>The total-return factor of session <paramref name="i"/>: +0.5% at every 63rd session (a quarterly dividend).</summary>
    public static double Factor(int i) => Math.Pow(1.005, i / 63);

    /// <summary>Writes everything into an empty database.</summary>
    public static async Task SeedAsync(IDbContextFactory<MarketDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        foreach (var (symbol, _, _, _, last) in Synthetic)
        {
            var instrument = new Instrument
            {
                Symbol = symbol,
                Name = symbol + " (synthetic test series)",
                Kind = symbol.StartsWith('^') ? InstrumentKind.Index : InstrumentKind.Etf,
                SizeGroup = symbol is "IWM" or "IJR" or "^RUT" ? SizeGroup.Small : SizeGroup.Large,
            };
            var days = Weekdays(last);
            for (var i = 0; i < days.Count; i++)
            {
                var c = Close(symbol, i);
                instrument.Bars.Add(new DailyBar
                {
                    Date = days[i], Open = c * 0.999, High = c * 1.01, Low = c * 0.99, Close = c,
                    Volume = 1_000_000 + (i % 7) * 10_000, TotalReturnFactor = Factor(i), Source = "test:synthetic",
                });
            }

            db.Instruments.Add(instrument);
        }

        foreach (var name in new[] { "SYNA", "SYNB" })
        {
            db.Instruments.Add(ReferenceInstrument(name));
        }

        db.ImportRuns.Add(new ImportRun
        {
            Kind = "bars", Format = "test", File = "reference/SYNA/bars.csv", Symbols = "SYNA", Rows = 2520,
            Status = ImportStatus.Succeeded, StartedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), DurationMs = 1,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Rows of a reference CSV (<c>../shared/data/reference/NAME/file</c>) without the header.</summary>
    public static string[][] ReferenceRows(string name, string file) =>
        File.ReadAllLines(RepoPaths.SharedData("reference", name, file)).Skip(1)
            .Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();

    private static Instrument ReferenceInstrument(string name)
    {
        var instrument = new Instrument { Symbol = name, Name = name + " (TA-Lib reference bars)", Kind = InstrumentKind.Other };
        foreach (var f in ReferenceRows(name, "bars.csv"))
        {
            instrument.Bars.Add(new DailyBar
            {
                Date = DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Open = double.Parse(f[1], CultureInfo.InvariantCulture),
                High = double.Parse(f[2], CultureInfo.InvariantCulture),
                Low = double.Parse(f[3], CultureInfo.InvariantCulture),
                Close = double.Parse(f[4], CultureInfo.InvariantCulture),
                Volume = double.Parse(f[5], CultureInfo.InvariantCulture),
                TotalReturnFactor = 1.0,
                Source = "test:reference",
            });
        }

        return instrument;
    }
}
