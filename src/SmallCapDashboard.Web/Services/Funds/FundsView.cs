using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Import.Issuers;
using SmallCapDashboard.Data.Queries;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Services.Caching;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Funds;

/// <summary>
/// Builds the <c>/funds</c> model from the store's fund days (through <see cref="SeriesCache"/>) and holdings snapshots,
/// cached per data version. The window resolves over the union of the funds' fund days and snapshot dates, so as-of
/// defaults to the newest of either; the holdings shown are each fund's latest snapshot on or before as-of, so a
/// frozen link keeps showing the same snapshots after newer ones are imported. Used by the page and its CSVs alike.
/// </summary>
public sealed class FundsView(SeriesCache series, HoldingsReader holdings, DataCache cache)
{
    /// <summary>How many holdings the top-holdings table lists per fund.</summary>
    public const int TopCount = 10;

    /// <summary>Builds the model; throws <see cref="ViewDataException"/> when none of the funds is in the store or none has any data.</summary>
    public Task<FundsModel> BuildAsync(FundsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return cache.GetAsync("funds?" + query.ToQuery(), _ => ComputeAsync(query), cancellationToken);
    }

    /// <summary>The model and its AUM and shares-outstanding charts, built once per query, point budget and data version.</summary>
    public Task<FundsFigures> FiguresAsync(FundsQuery query, int maxPoints, CancellationToken cancellationToken = default) =>
        cache.GetAsync($"funds-figures:{maxPoints}?" + query.ToQuery(), async ct =>
        {
            var model = await BuildAsync(query, ct);
            return new FundsFigures(model, FundsCharts.Aum(model, maxPoints), FundsCharts.Shares(model, maxPoints));
        }, cancellationToken);

    private async Task<FundsModel> ComputeAsync(FundsQuery query)
    {
        var notices = new List<QueryNotice>();
        var snapshots = await holdings.SnapshotsAsync(query.Symbols);
        var reads = query.Symbols.Select(s => series.FundDaysAsync(s, includeModelled: true)).ToArray();
        await Task.WhenAll(reads);
        var known = new List<(FundDaySeries Days, List<HoldingsSnapshotInfo> Snapshots)>();
        var dates = new SortedSet<DateOnly>();
        for (var i = 0; i < query.Symbols.Count; i++)
        {
            if (reads[i].Result is not { } days)
            {
                notices.Add(new QueryNotice("symbols", $"{query.Symbols[i]} is not in the database; ignored (see /data)."));
                continue;
            }

            var mine = snapshots.Where(s => s.Symbol == days.Symbol).ToList();
            dates.UnionWith(days.Dates);
            dates.UnionWith(mine.Select(s => s.AsOf));
            known.Add((days, mine));
        }

        if (known.Count == 0)
        {
            throw new ViewDataException($"None of {string.Join(", ", query.Symbols)} is in the database; see /data for what is loaded.");
        }

        var window = query.Window.Resolve([.. dates], notices) ?? throw new ViewDataException(
            $"No fund days or holdings are stored for {string.Join(", ", known.Select(k => k.Days.Symbol))}: import an issuer file (smallcap import flows FILE), or see /data for what is loaded.");
        var funds = new List<FundHoldingsView>(known.Count);
        foreach (var (days, mine) in known)
        {
            funds.Add(await FundAsync(days, mine, window.AsOf, window.BaseDate, window.EndDate));
        }

        var names = funds.SelectMany(f => f.Sectors).GroupBy(s => s.Sector, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(s => s.WeightPercent)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        return new FundsModel(query, window, funds, names, notices);
    }

    /// <summary>One fund: its days in [from, to], and its snapshots split at <paramref name="asOf"/> with the tables of the latest one up to it.</summary>
    private async Task<FundHoldingsView> FundAsync(FundDaySeries days, List<HoldingsSnapshotInfo> snapshots, DateOnly asOf, DateOnly from, DateOnly to)
    {
        var shown = snapshots.Where(s => s.AsOf <= asOf).ToList();
        IReadOnlyList<HoldingsSnapshotInfo> later = [.. snapshots.Where(s => s.AsOf > asOf).OrderBy(s => s.AsOf)];
        IReadOnlyList<SectorWeight> sectors = [];
        IReadOnlyList<HoldingLine> top = [];
        IReadOnlyList<SectorChange> changes = [];
        if (shown.Count > 0)
        {
            var lines = await holdings.LinesAsync(shown[0].Id);
            sectors = HoldingsReader.SectorWeights(lines);
            top = [.. lines.OrderByDescending(l => l.WeightPercent ?? double.NegativeInfinity).Take(TopCount)];
            if (shown.Count > 1)
            {
                changes = Changes(HoldingsReader.SectorWeights(await holdings.LinesAsync(shown[1].Id)), sectors);
            }
        }

        return new FundHoldingsView(days.Symbol, Between(days, from, to), shown, later, sectors, top, changes)
        {
            LastDay = days.Count > 0 ? days.Dates[^1] : null,
            StoredAum = StoredRange.Of(days.Symbol, days.Dates, days.Aum),
            StoredShares = StoredRange.Of(days.Symbol, days.Dates, days.SharesOutstanding),
        };
    }

    /// <summary>Every sector of either snapshot with its weight in each (0 where absent), largest move first.</summary>
    public static IReadOnlyList<SectorChange> Changes(IReadOnlyList<SectorWeight> before, IReadOnlyList<SectorWeight> after)
    {
        var names = before.Select(s => s.Sector).Union(after.Select(s => s.Sector), StringComparer.Ordinal);
        return [.. names
            .Select(n => new SectorChange(n, before.FirstOrDefault(s => s.Sector == n)?.WeightPercent ?? 0, after.FirstOrDefault(s => s.Sector == n)?.WeightPercent ?? 0))
            .OrderByDescending(c => Math.Abs(c.Change)).ThenBy(c => c.Sector, StringComparer.Ordinal)];
    }

    /// <summary>The days of <paramref name="days"/> dated in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private static FundDaySeries Between(FundDaySeries days, DateOnly from, DateOnly to)
    {
        var lo = DateSearch.IndexOnOrAfter(days.Dates, from);
        var hi = DateSearch.IndexOnOrBefore(days.Dates, to);
        var range = lo >= 0 && hi >= lo ? lo..(hi + 1) : 0..0;
        return new FundDaySeries(days.Symbol, days.Dates[range], days.SharesOutstanding[range], days.Nav[range], days.NetFlow[range],
            days.Aum[range], days.Source[range], days.Modelled[range]);
    }
}

/// <summary>The <c>/funds</c> model with its AUM and shares-outstanding charts (shared by every circuit showing the query).</summary>
public sealed record FundsFigures(FundsModel Model, ChartFigure Aum, ChartFigure Shares);
