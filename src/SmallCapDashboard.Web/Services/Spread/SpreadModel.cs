using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Spread;

/// <summary>
/// The last date of one symbol and whether it ends before the page's as-of date (<paramref name="Stale"/>); the control
/// bar's <c>FreshnessBadge</c> adds how many sessions <paramref name="LastDate"/> is behind the last completed session.
/// </summary>
/// <param name="Noun">What <paramref name="LastDate"/> is the last of, for the badge's sentence: <c>bar</c> or <c>flow day</c>.</param>
public sealed record SymbolFreshness(string Symbol, DateOnly LastDate, bool Stale, string Noun = "bar");

/// <summary>One row of the period-returns table: a symbol's return over a period and its rank.</summary>
public sealed record PeriodReturnCell(string Period, double? Return, DateOnly? BaseDate, DateOnly? EndDate, string Rank);

/// <summary>A symbol's row of period returns.</summary>
public sealed record PeriodReturnRow(string Symbol, IReadOnlyList<PeriodReturnCell> Cells);

/// <summary>
/// Everything <c>/spread</c> shows for one query, on the page's primary dates (the common dates of the first small
/// and the first large symbol) from the base close to the end of the window. Fractions unless named otherwise.
/// </summary>
public sealed record SpreadModel(
    SpreadQuery Query,
    ResolvedWindow Window,
    string SmallSymbol,
    string LargeSymbol,
    DateOnly[] Dates,
    IReadOnlyList<(string Symbol, double[] Values)> CumulativeReturns,
    double[] SmallReturn,
    double[] LargeReturn,
    double[] SpreadPoints,
    double[] Ratio,
    double[] RollingSpreadPoints,
    IReadOnlyList<(string Symbol, double[] Values)> Drawdowns,
    IReadOnlyList<PeriodReturnRow> PeriodReturns,
    IReadOnlyList<NewHighStatus> NewHighs,
    IReadOnlyList<NewHighStatus> AllTimeHighs,
    IReadOnlyList<SymbolFreshness> Freshness,
    IReadOnlyList<QueryNotice> Notices);
