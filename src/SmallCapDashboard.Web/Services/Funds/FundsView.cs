using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Funds;

/// <summary>Builds the <c>/funds</c> model from the store's fund days and holdings snapshots (read services only).</summary>
public sealed class FundsView(FundDayReader days, HoldingsReader holdings)
{
    /// <summary>How many holdings the top-holdings table lists per fund.</summary>
    public const int TopCount = 10;

    /// <summary>Builds the model; throws <see cref="ViewDataException"/> when none of the funds is in the store.</summary>
    public async Task<FundsModel> BuildAsync(FundsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var notices = new List<QueryNotice>();
        var snapshots = await holdings.SnapshotsAsync(query.Symbols, cancellationToken);
        var funds = new List<FundHoldingsView>();
        foreach (var symbol in query.Symbols)
        {
            var series = await days.ReadAsync(symbol, includeModelled: true, cancellationToken: cancellationToken);
            if (series is null)
            {
                notices.Add(new QueryNotice("symbols", $"{symbol} is not in the database; ignored (see /data)."));
                continue;
            }

            var mine = snapshots.Where(s => s.Symbol == series.Symbol).ToList();
            IReadOnlyList<SectorWeight> sectors = [];
            IReadOnlyList<Data.Import.Issuers.HoldingLine> top = [];
            IReadOnlyList<SectorChange> changes = [];
            if (mine.Count > 0)
            {
                var lines = await holdings.LinesAsync(mine[0].Id, cancellationToken);
                sectors = HoldingsReader.SectorWeights(lines);
                top = [.. lines.OrderByDescending(l => l.WeightPercent ?? double.NegativeInfinity).Take(TopCount)];
                if (mine.Count > 1)
                {
                    var before = HoldingsReader.SectorWeights(await holdings.LinesAsync(mine[1].Id, cancellationToken));
                    changes = Changes(before, sectors);
                }
            }

            funds.Add(new FundHoldingsView(series.Symbol, series, mine, sectors, top, changes));
        }

        if (funds.Count == 0)
        {
            throw new ViewDataException($"None of {string.Join(", ", query.Symbols)} is in the database; see /data for what is loaded.");
        }

        var names = funds.SelectMany(f => f.Sectors).GroupBy(s => s.Sector, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(s => s.WeightPercent)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        return new FundsModel(query, funds, names, notices);
    }

    /// <summary>Every sector of either snapshot with its weight in each (0 where absent), largest move first.</summary>
    public static IReadOnlyList<SectorChange> Changes(IReadOnlyList<SectorWeight> before, IReadOnlyList<SectorWeight> after)
    {
        var names = before.Select(s => s.Sector).Union(after.Select(s => s.Sector), StringComparer.Ordinal);
        return [.. names
            .Select(n => new SectorChange(n, before.FirstOrDefault(s => s.Sector == n)?.WeightPercent ?? 0, after.FirstOrDefault(s => s.Sector == n)?.WeightPercent ?? 0))
            .OrderByDescending(c => Math.Abs(c.Change)).ThenBy(c => c.Sector, StringComparer.Ordinal)];
    }
}
