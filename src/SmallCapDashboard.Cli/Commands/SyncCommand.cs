using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using SmallCapDashboard.Cli.Database;
using SmallCapDashboard.Cli.Input;
using SmallCapDashboard.Data.Sync;
using Spectre.Console;

namespace SmallCapDashboard.Cli.Commands;

/// <summary>
/// <c>sync [--provider yahoo|stooq|ishares|proshares|direxion|all] [--symbols S,…] [--since D] [--replace]</c>: the
/// online refresh through the store's <see cref="SyncService"/> (the one the web app's schedule runs). Each symbol is
/// its own import; a summary table goes to stdout; the exit code is non-zero when any symbol failed, with one line
/// on stderr naming them.
/// </summary>
internal static class SyncCommand
{
    private static readonly Dictionary<string, SyncProvider?> Providers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["all"] = null,
        ["yahoo"] = SyncProvider.Yahoo,
        ["stooq"] = SyncProvider.Stooq,
        ["ishares"] = SyncProvider.IShares,
        ["proshares"] = SyncProvider.ProShares,
        ["direxion"] = SyncProvider.Direxion,
    };

    public static Command Create(CliContext context)
    {
        var provider = new Option<string?>("--provider")
        {
            Description = "Source to refresh from: yahoo, stooq, ishares, proshares, direxion or all (default: prices from yahoo with stooq as the fallback, and every issuer file).",
            HelpName = "yahoo|stooq|ishares|proshares|direxion|all",
        };
        var symbols = new Option<string?>("--symbols") { Description = "Comma-separated symbols, e.g. IWM,SPY (default: every instrument)." };
        var since = new Option<string?>("--since") { Description = "Fetch prices from this date (YYYY-MM-DD) instead of the last stored sessions.", HelpName = "YYYY-MM-DD" };
        var replace = new Option<bool>("--replace") { Description = "Overwrite stored rows that disagree on the overlap (a revised history, a split)." };
        var command = new Command("sync", "Refresh prices and issuer files from the online sources (base URLs from Sync__<Provider>__BaseUrl).")
        {
            provider, symbols, since, replace,
        };
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var request = new SyncRequest
            {
                Providers = ParseProviders(result.GetValue(provider)),
                Symbols = result.GetValue(symbols) is { } list ? Symbols.List(list, "--symbols") : [],
                Since = DateWindow.ParseDate(result.GetValue(since), "--since"),
                Replace = result.GetValue(replace),
                Trigger = "cli",
            };
            var configuration = Configuration(context.Environment);
            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct, services => services.AddMarketSync(configuration));
            var report = await ProgressDisplay.RunAsync(context, "Syncing", progress =>
                store.Get<SyncService>().RunAsync(request, progress.For<SyncOutcome>((r, o) => r.Report($"{o.Symbol}: {o.Status}", 0, 0)), ct));
            Write(context, report, store.Description);
            foreach (var outcome in report.Outcomes)
            {
                foreach (var warning in outcome.Warnings)
                {
                    await context.Err.WriteLineAsync($"smallcap: warning: {Cli.OneLine(warning)}");
                }
            }

            var failed = report.Outcomes.Where(o => o.Status == SyncStatus.Failed).ToList();
            if (failed.Count > 0)
            {
                throw new CliException(
                    $"sync: {failed.Count} of {report.Outcomes.Count} failed: {string.Join("; ", failed.Select(f => Cli.OneLine(f.Message)))}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<SyncProvider> ParseProviders(string? value)
    {
        var key = (value ?? "all").Trim();
        if (!Providers.TryGetValue(key, out var provider))
        {
            throw new CliException($"--provider: '{key}' is not a provider (expected one of {string.Join(", ", Providers.Keys)}).");
        }

        return provider is { } p ? [p] : [];
    }

    private static void Write(CliContext context, SyncReport report, string database)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Out),
            Ansi = ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Symbol").AddColumn("Source").AddColumn(new TableColumn("New rows").RightAligned()).AddColumn("Status");
        foreach (var o in report.Outcomes)
        {
            var status = o.Status switch
            {
                SyncStatus.Updated => "updated",
                SyncStatus.UpToDate => "up to date",
                _ => "FAILED: " + Cli.OneLine(o.Message),
            };
            table.AddRow(Markup.Escape(o.Symbol), Markup.Escape(o.Source), o.NewRows.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(status));
        }

        console.Write(table);
        var failed = report.Outcomes.Count(o => o.Status == SyncStatus.Failed);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Synced {report.Outcomes.Count} symbol(s) into {database}: {report.NewRows} new rows, {failed} failed, in {report.Elapsed.TotalSeconds:0.0} s (import runs {string.Join(", ", report.RunIds)})."));
    }

    /// <summary>
    /// The <c>Sync</c> settings from the environment in their ASP.NET form (<c>Sync__Yahoo__BaseUrl</c>,
    /// <c>Sync__Deadline</c>, …), read key by key through the context so tests can supply them.
    /// </summary>
    internal static IConfiguration Configuration(Func<string, string?> environment)
    {
        var values = new Dictionary<string, string?>();
        void Read(string prefix, Type options)
        {
            foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var value = environment($"{prefix}__{property.Name}");
                if (!string.IsNullOrWhiteSpace(value))
                {
                    values[$"{prefix.Replace("__", ":", StringComparison.Ordinal)}:{property.Name}"] = value;
                }
            }
        }

        Read(SyncOptions.SectionName, typeof(SyncOptions));
        foreach (var name in Enum.GetNames<SyncProvider>())
        {
            Read($"{SyncOptions.SectionName}__{name}", typeof(SyncProviderOptions));
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
