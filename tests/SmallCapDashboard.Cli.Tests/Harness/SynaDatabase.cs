using System.Globalization;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Cli.Tests.Harness;

/// <summary>Stores the synthetic SYNA bars once for the class and removes the file afterwards.</summary>
public sealed class SynaDatabase : IAsyncLifetime
{
    internal TempDatabase Db { get; } = new();

    public Task InitializeAsync() => Db.WriteAsync(context =>
    {
        var syna = new Instrument { Symbol = "SYNA" };
        foreach (var line in File.ReadLines(RepoPaths.SharedData("reference", "SYNA", "bars.csv")).Skip(1))
        {
            var f = line.Split(',');
            syna.Bars.Add(new DailyBar
            {
                Date = DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Open = Parse(f[1]), High = Parse(f[2]), Low = Parse(f[3]), Close = Parse(f[4]), Volume = Parse(f[5]),
                TotalReturnFactor = 1.0, Source = "reference:SYNA",
            });
        }

        context.Instruments.Add(syna);
    });

    public Task DisposeAsync() => Db.DisposeAsync().AsTask();

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
