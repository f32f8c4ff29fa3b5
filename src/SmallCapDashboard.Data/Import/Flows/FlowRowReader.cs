using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Import.Parsing;

namespace SmallCapDashboard.Data.Import.Flows;

/// <summary>
/// Column layout of one flow format, and the shared reading loop: ticker filter (catalogue or --symbol),
/// weekend rows skipped with a warning, every ticker a valid symbol (<see cref="Analytics.Core.SymbolRules"/>),
/// values strict invariant numbers within <see cref="ImportBounds"/> (AUM may also be in the money shape
/// <c>$1,234.56</c>, the only column where the format documents it).
/// </summary>
internal sealed class FlowRowReader(CsvInput input, FlowReadOptions options, List<string> warnings)
{
    private readonly SortedSet<string> _skipped = new(StringComparer.Ordinal);
    private int _weekendRows;
    private int _firstWeekendLine;

    public IReadOnlyCollection<string> Skipped => _skipped;

    /// <param name="sharesMultiplier">1000 for files giving shares in thousands.</param>
    public List<FlowRow> Read(string dateColumn, string tickerColumn, string? sharesColumn, double sharesMultiplier,
        string? navColumn, string? flowColumn, string? aumColumn, string? fallbackSymbol)
    {
        var iDate = Require(dateColumn);
        var iTicker = input.IndexOf(tickerColumn);
        var iShares = sharesColumn is null ? -1 : Require(sharesColumn);
        var iNav = navColumn is null ? -1 : Require(navColumn);
        var iFlow = flowColumn is null ? -1 : Require(flowColumn);
        var iAum = aumColumn is null ? -1 : input.IndexOf(aumColumn);
        var wanted = options.Symbol is null ? null : RequireSymbol(options.Symbol, "symbol", "the requested symbol");

        var rows = new List<FlowRow>(4096);
        while (input.Read())
        {
            var symbol = iTicker >= 0 ? Fields.Symbol(input, iTicker, tickerColumn) : "";
            if (symbol.Length == 0)
            {
                symbol = wanted
                    ?? (fallbackSymbol is null ? throw input.Error(tickerColumn, "missing ticker")
                        : SymbolRules.TryNormalize(fallbackSymbol, out var fromName, out _) ? fromName
                        : throw input.Error(tickerColumn, $"missing ticker, and the file name gives no usable symbol ('{Fields.Show(fallbackSymbol)}'); pass --symbol"));
            }

            if (wanted is not null ? symbol != wanted : options.IsKnown is not null && !options.IsKnown(symbol))
            {
                _skipped.Add(symbol);
                continue;
            }

            var date = Fields.Date(input, iDate, dateColumn);
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                _weekendRows++;
                _firstWeekendLine = _firstWeekendLine == 0 ? input.Line : _firstWeekendLine;
                continue;
            }

            var shares = Fields.OptionalShares(input, iShares, sharesColumn ?? "", sharesMultiplier);
            var nav = Fields.OptionalNav(input, iNav, navColumn ?? "");
            var flow = Fields.OptionalFlow(input, iFlow, flowColumn ?? "");
            var aum = Fields.OptionalMoney(input, iAum, aumColumn ?? "");
            rows.Add(new FlowRow(input.Line, symbol, date, shares, nav, flow, aum));
        }

        if (_weekendRows > 0)
        {
            warnings.Add($"{input.FileName}: skipped {_weekendRows} row(s) dated on a weekend, first on line {_firstWeekendLine}");
        }

        if (_skipped.Count > 0)
        {
            var why = wanted is null ? "not in the catalogue (name one with --symbol to import it)" : $"not {wanted}";
            warnings.Add($"{input.FileName}: skipped tickers {why}: {string.Join(", ", _skipped)}");
        }

        return rows;
    }

    private string RequireSymbol(string text, string field, string what) =>
        SymbolRules.TryNormalize(text, out var symbol, out var problem)
            ? symbol
            : throw new ImportException(input.FileName, null, field, $"{what} '{Fields.Show(text)}' is not a usable symbol: {problem}");

    private int Require(string column)
    {
        var i = input.IndexOf(column);
        return i >= 0
            ? i
            : throw new ImportException(input.FileName, input.HeaderLine, column,
                $"missing column '{column}' in header {FormatDetector.Describe(input.Header)}");
    }
}
