using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Leveraged;

/// <summary>
/// Everything <c>/leveraged</c> shows for one query: each fund against β × the index on the dates both have, from the
/// window's base close. <see cref="IndexStale"/> is true when the index ends before the funds (^RUT after 2024-09-12).
/// </summary>
public sealed record LeveragedModel(
    LeveragedQuery Query,
    ResolvedWindow Window,
    string IndexSymbol,
    DateOnly IndexLastDate,
    bool IndexStale,
    IReadOnlyList<LeveragedFundView> Funds,
    IReadOnlyList<QueryNotice> Notices)
{
    /// <summary>The as-of date.</summary>
    public DateOnly AsOf => Window.AsOf;

    /// <summary>The base close's date.</summary>
    public DateOnly BaseDate => Window.BaseDate;

    /// <summary>The last session shown.</summary>
    public DateOnly EndDate => Window.EndDate;
}
