using System.CommandLine;
using System.Globalization;
using SmallCapDashboard.Cli.Database;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Cli.Commands;

/// <summary>
/// <c>import bars|flows &lt;file&gt;</c>: one transaction per file through the store's importer. A refused file
/// writes nothing but its ImportRun and fails with one line naming file, line and field.
/// </summary>
internal static class ImportCommands
{
    private static readonly Dictionary<string, BarFormat> BarFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = BarFormat.Auto,
        ["yahoo"] = BarFormat.Yahoo,
        ["stooq"] = BarFormat.Stooq,
        ["eod"] = BarFormat.Eod,
        ["yfinance"] = BarFormat.YFinance,
    };

    private static readonly Dictionary<string, FlowFormat> FlowFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = FlowFormat.Auto,
        ["proshares"] = FlowFormat.ProShares,
        ["long"] = FlowFormat.Long,
        ["ishares"] = FlowFormat.IShares,
        ["ishares-holdings"] = FlowFormat.ISharesHoldings,
        ["direxion"] = FlowFormat.Direxion,
    };

    public static Command Create(CliContext context)
    {
        var import = new Command("import", "Import a bar or flow file (one transaction: all of it lands or none of it).");
        import.Subcommands.Add(Bars(context));
        import.Subcommands.Add(Flows(context));
        return import;
    }

    private static Command Bars(CliContext context)
    {
        var o = new ImportOptions("auto|yahoo|stooq|eod|yfinance", "Store under this symbol (default: the file's ticker column or its name); unknown symbols are created.");
        var command = o.Command("bars", "Import daily bars (Yahoo, Stooq, EOD with Adjusted_close, yfinance history).");
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var (path, symbol, replace) = o.Read(result);
            var format = Parse(BarFormats, result.GetValue(o.Format));
            var options = new BarImportOptions { Symbol = symbol, Format = format, Replace = replace };
            return await RunAsync(context, result, path, "bars", (service, p, token) => service.ImportBarsAsync(p, options, token), ct);
        });
        return command;
    }

    private static Command Flows(CliContext context)
    {
        var o = new ImportOptions("auto|proshares|long|ishares|ishares-holdings|direxion",
            "Import only this ticker, even when it is outside the catalogue; for issuer files, the fund to store them under (default: the fund the file names).");
        var command = o.Command("flows",
            "Import fund flows and holdings (ProShares historical NAV, long format date,ticker,flow_usd or date,ticker,shares,price, "
            + "iShares fund workbook .xls, iShares holdings CSV, Direxion holdings CSV).");
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var (path, symbol, replace) = o.Read(result);
            var format = Parse(FlowFormats, result.GetValue(o.Format));
            var options = new FlowImportOptions { Symbol = symbol, Format = format, Replace = replace };
            return await RunAsync(context, result, path, "fund days", (service, p, token) => service.ImportFlowsAsync(p, options, token), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, ParseResult result, string path, string what,
        Func<ImportService, string, CancellationToken, Task<ImportResult>> import, CancellationToken ct)
    {
        await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
        var service = store.GetOrCreate<ImportService>();
        var imported = await ProgressDisplay.RunAsync(context, $"Importing {Path.GetFileName(path)}", _ => import(service, path, ct));
        if (!imported.Succeeded)
        {
            throw new CliException(imported.Error ?? $"{imported.File}: refused.");
        }

        foreach (var warning in imported.Warnings)
        {
            await context.Err.WriteLineAsync($"smallcap: warning: {Cli.OneLine(warning)}");
        }

        if (imported.Holdings is { } h)
        {
            await context.Out.WriteLineAsync(
                $"Holdings of {h.Symbol} as of {h.AsOf:yyyy-MM-dd}: {h.Lines} line(s), {h.LinesWritten} written{(h.Replaced ? " (replaced the stored snapshot of that day)" : "")}.");
        }

        await context.Out.WriteLineAsync(
            $"Imported {imported.File} ({imported.Format}) into {store.Description}: {imported.RowsRead} {what} read for {string.Join(',', imported.Symbols)},"
            + $" {imported.RowsWritten} written (import run {imported.ImportRunId}; {Ms(imported.ParseTime)} ms reading, {Ms(imported.WriteTime)} ms writing, {Ms(imported.TotalTime)} ms in all).");
        return ExitCodes.Success;
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static T Parse<T>(Dictionary<string, T> formats, string? value)
    {
        var key = (value ?? "auto").Trim();
        return formats.TryGetValue(key, out var format)
            ? format
            : throw new CliException($"--format: '{key}' is not a format (expected {string.Join('|', formats.Keys)}).");
    }

    /// <summary>The file argument and the options both import commands share.</summary>
    private sealed class ImportOptions(string formats, string symbolDescription)
    {
        private readonly Argument<string> file = new("file") { Description = "The file to import (CSV, or the iShares fund workbook .xls)." };
        private readonly Option<string?> symbol = new("--symbol") { Description = symbolDescription };
        private readonly Option<bool> replace = new("--replace") { Description = "Overwrite stored rows of another source that disagree by more than 0.5% on the overlap." };

        public Option<string?> Format { get; } = new("--format") { HelpName = formats, Description = $"File format: {formats} (default auto: detected from the header)." };

        public Command Command(string name, string description)
        {
            var command = new Command(name, description) { file, symbol, Format, replace };
            return command;
        }

        public (string Path, string? Symbol, bool Replace) Read(ParseResult result)
        {
            var path = result.GetValue(file);
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new CliException("import: a file is required.");
            }

            var ticker = result.GetValue(symbol);
            return (System.IO.Path.GetFullPath(path), string.IsNullOrWhiteSpace(ticker) ? null : ticker.Trim().ToUpperInvariant(), result.GetValue(replace));
        }
    }
}
