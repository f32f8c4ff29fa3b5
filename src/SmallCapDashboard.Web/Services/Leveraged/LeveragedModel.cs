using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Services.Leveraged;

/// <summary>
/// Everything <c>/leveraged</c> shows for one query: each fund against β × the index on the dates both have, from the
/// window's base close. <see cref="IndexStale"/> is true when the index ends before the funds (^RUT after 2024-09-12).
/// </summary>
public sealed record LeveragedModel(
    LeveragedQuery Query,
    DateOnly AsOf,
    DateOnly BaseDate,
    DateOnly EndDate,
    string IndexSymbol,
    DateOnly IndexLastDate,
    bool IndexStale,
    IReadOnlyList<LeveragedFundView> Funds,
    IReadOnlyList<QueryNotice> Notices);
