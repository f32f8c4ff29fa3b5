using System.CommandLine;
using System.Globalization;
using SmallCapDashboard.Cli.Database;
using SmallCapDashboard.Data.Queries;

namespace SmallCapDashboard.Cli.Commands;

/// <summary>
/// <c>status</c>: coverage per symbol (bars and fund days, real and modelled apart, the holdings snapshots imported
/// from issuer files, newest first, as <c>as-of:rows</c>) and the latest imports.
/// </summary>
internal static class StatusCommand
{
    private static readonly string[] Header = ["Symbol", "Kind", "Group", "Bars", "First", "Last", "Real flows", "Modelled flows", "Flows first", "Flows last", "Holdings (as of:rows)", "Bar sources"];

    public static Command Create(CliContext context)
    {
        var imports = new Option<int>("--imports")
        {
            Description = "How many recent import attempts to list.",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command("status", "Show what is stored: coverage per symbol and recent imports.") { imports };
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var recent = result.GetValue(imports);
            if (recent < 0)
            {
                throw new CliException($"--imports: {recent} is negative.");
            }

            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
            var summary = await store.Get<CoverageReport>().BuildAsync(recent, ct);
            var snapshots = await store.Get<HoldingsReader>().SnapshotsAsync([.. summary.Symbols.Select(s => s.Symbol)], ct);
            await WriteAsync(context.Out, store.Description, summary, snapshots);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, string database, CoverageSummary summary, IReadOnlyList<HoldingsSnapshotInfo> snapshots)
    {
        await output.WriteLineAsync($"Database: {database}");
        if (summary.Symbols.Count == 0)
        {
            await output.WriteLineAsync("No instruments stored; run 'smallcap seed' to load the bundled dataset.");
            return;
        }

        var rows = new List<string[]> { Header };
        foreach (var s in summary.Symbols)
        {
            rows.Add(
            [
                s.Symbol, s.Kind.ToString(), s.SizeGroup.ToString(), Count(s.BarCount), Date(s.FirstBar), Date(s.LastBar),
                Count(s.RealFundDays), Count(s.ModelledFundDays), Date(s.FirstFundDay), Date(s.LastFundDay), Holdings(snapshots, s.Symbol),
                string.Join(' ', s.BarSources),
            ]);
        }

        await WriteTableAsync(output, rows);
        if (summary.RecentImports.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Recent imports:");
            foreach (var r in summary.RecentImports)
            {
                var message = r.Message is { Length: > 0 } m ? " — " + Cli.OneLine(m) : "";
                await output.WriteLineAsync(
                    $"  {r.StartedUtc:yyyy-MM-dd HH:mm:ss}Z {r.Kind} {r.Format} {r.File} [{r.Symbols}] {r.Status}, {Count(r.Rows)} rows{message}");
            }
        }
    }

    private static async Task WriteTableAsync(TextWriter output, List<string[]> rows)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in rows)
        {
            var cells = new string[row.Length];
            for (var c = 0; c < row.Length; c++)
            {
                cells[c] = c == row.Length - 1 ? row[c] : row[c].PadRight(widths[c]);
            }

            await output.WriteLineAsync(string.Join("  ", cells).TrimEnd());
        }
    }

    /// <summary>The symbol's snapshots, newest first (<c>2024-12-31:46,2024-11-29:45</c>), or <c>-</c>.</summary>
    private static string Holdings(IReadOnlyList<HoldingsSnapshotInfo> snapshots, string symbol)
    {
        var mine = snapshots.Where(h => h.Symbol == symbol).Select(h => $"{Date(h.AsOf)}:{Count(h.Lines)}").ToList();
        return mine.Count == 0 ? "-" : string.Join(',', mine);
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
