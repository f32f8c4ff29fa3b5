using System.CommandLine;
using System.Globalization;
using SmallCapDashboard.Cli.Database;
using SmallCapDashboard.Data.Seed;

namespace SmallCapDashboard.Cli.Commands;

/// <summary><c>seed</c>: loads the bundled dataset (real prices, real 2026 flows, modelled flows flagged as such); idempotent.</summary>
internal static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("seed", "Load the bundled dataset (real prices and flows; modelled flows flagged). Running it again changes nothing.");
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
            var seeder = store.Get<Seeder>();
            var seeded = await ProgressDisplay.RunAsync(context, "Seeding", reporter =>
                seeder.SeedAsync(
                    reporter.For<SeedProgress>((r, p) => r.Report(p.Symbol is null ? p.Stage : $"{p.Stage} {p.Symbol}", p.Done, p.Total)),
                    ct));
            var seconds = seeded.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            await context.Out.WriteLineAsync(seeded.ChangedAnything
                ? $"Seeded {store.Description}: {seeded.Instruments} instruments, {seeded.Bars} bars, {seeded.RealFundDays} real and {seeded.ModelledFundDays} modelled fund days"
                  + $" ({seeded.ReplacedModelledDays} modelled days replaced by real ones) in {seconds} s."
                : $"{store.Description} already holds the bundled dataset; nothing changed ({seconds} s).");
            return ExitCodes.Success;
        });
        return command;
    }
}
