using System.CommandLine;
using System.Globalization;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Cli.Database;
using SmallCapDashboard.Cli.Export;
using SmallCapDashboard.Cli.Input;

namespace SmallCapDashboard.Cli.Commands;

/// <summary>
/// <c>export bars|indicators|flows|spread</c>: CSV on stdout (or <c>--out FILE</c>), invariant culture,
/// round-trip precision, empty cells during warm-up. Values are computed on the full stored history and
/// only then cut to <c>--from</c>/<c>--to</c>, so a window never changes a value.
/// </summary>
internal static class ExportCommands
{
    public static Command Create(CliContext context)
    {
        var export = new Command("export", "Export stored data and computed series as CSV.");
        export.Subcommands.Add(SingleSymbol(context, "bars", "Daily bars: Date,Open,High,Low,Close,Volume in the chosen basis.", BarsExport.RunAsync));
        export.Subcommands.Add(SingleSymbol(context, "indicators", "Close with SMA 10/50/200, EMA 20, RSI 14, MACD 12/26/9 and Bollinger 20/2 (also on a ratio such as IWM:SPY).", IndicatorsExport.RunAsync));
        export.Subcommands.Add(SingleSymbol(context, "flows", "Fund flows: Date,SharesOutstanding,Nav,NetFlow,Aum,Source,Modelled (basis does not apply).", FlowsExport.RunAsync));
        export.Subcommands.Add(SpreadCommand(context));
        return export;
    }

    private delegate Task<int> SymbolExport(StoredSeries store, string symbol, ExportRequest request, TextWriter stdout, CancellationToken ct);

    private static Command SingleSymbol(CliContext context, string name, string description, SymbolExport run)
    {
        var symbol = new Option<string>("--symbol") { Description = "The symbol, e.g. IWM.", Required = true };
        var shared = new WindowOptions();
        var command = new Command(name, description) { symbol };
        shared.AddTo(command);
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var ticker = Symbols.Normalise(result.GetValue(symbol), "--symbol");
            var request = shared.Read(result);
            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
            var rows = await run(new StoredSeries(store), ticker, request, context.Out, ct);
            await ReportAsync(context, rows, $"{name} of {ticker}", request);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command SpreadCommand(CliContext context)
    {
        var small = new Option<string>("--small") { Description = "The small-cap symbol (numerator), e.g. IWM.", Required = true };
        var large = new Option<string>("--large") { Description = "The large-cap symbol (denominator), e.g. SPY.", Required = true };
        var shared = new WindowOptions();
        var command = new Command("spread", "Date,SmallReturn,LargeReturn,Spread,Ratio from the base close (the last close before --from).") { small, large };
        shared.AddTo(command);
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var s = Symbols.Normalise(result.GetValue(small), "--small");
            var l = Symbols.Normalise(result.GetValue(large), "--large");
            var request = shared.Read(result);
            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
            var rows = await SpreadExport.RunAsync(new StoredSeries(store), s, l, request, context.Out, ct);
            await ReportAsync(context, rows, $"spread of {s} over {l}", request);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>An empty window is not a failure, but say so on stderr rather than leave a bare header unexplained.</summary>
    private static async Task ReportAsync(CliContext context, int rows, string what, ExportRequest request)
    {
        if (rows == 0)
        {
            var from = request.Window.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "start";
            var to = request.Window.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "end";
            await context.Err.WriteLineAsync($"smallcap: warning: no {what} between {from} and {to}; wrote the header only.");
        }
        else if (request.Out is { } path && path.Trim() != "-")
        {
            await context.Err.WriteLineAsync($"Wrote {rows} rows ({what}, {request.Basis.ToString().ToLowerInvariant()} basis) to {Path.GetFullPath(path)}.");
        }
    }

    /// <summary><c>--from</c>, <c>--to</c>, <c>--basis</c> and <c>--out</c>, shared by every export.</summary>
    private sealed class WindowOptions
    {
        private readonly Option<string?> from = new("--from") { HelpName = "YYYY-MM-DD", Description = "First day of the window, YYYY-MM-DD (default: the first stored day)." };
        private readonly Option<string?> to = new("--to") { HelpName = "YYYY-MM-DD", Description = "Last day of the window, YYYY-MM-DD (default: the last stored day)." };
        private readonly Option<string?> basis = new("--basis") { HelpName = "price|total", Description = "price (split-adjusted, the default) or total (dividends reinvested)." };
        private readonly Option<string?> output = new("--out") { HelpName = "FILE|-", Description = "Write the CSV to FILE instead of stdout ('-' = stdout)." };

        public void AddTo(Command command)
        {
            command.Options.Add(from);
            command.Options.Add(to);
            command.Options.Add(basis);
            command.Options.Add(output);
        }

        public ExportRequest Read(ParseResult result) => new(
            DateWindow.Parse(result.GetValue(from), result.GetValue(to)),
            Basis.IsTotal(result.GetValue(basis)) ? PriceBasis.Total : PriceBasis.Price,
            result.GetValue(output));
    }
}
