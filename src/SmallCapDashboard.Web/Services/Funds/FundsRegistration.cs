using SmallCapDashboard.Web.Endpoints;

namespace SmallCapDashboard.Web.Services.Funds;

/// <summary>Registration and CSV endpoints of the <c>/funds</c> page.</summary>
public static class FundsRegistration
{
    /// <summary>The CSV tables, by route name.</summary>
    public static IReadOnlyDictionary<string, Func<FundsModel, string>> Tables { get; } = new Dictionary<string, Func<FundsModel, string>>(StringComparer.Ordinal)
    {
        ["funds-sectors"] = FundsCsv.Sectors,
        ["funds-holdings"] = FundsCsv.Holdings,
        ["funds-sector-changes"] = FundsCsv.SectorChanges,
        ["funds-aum"] = FundsCsv.Aum,
    };

    /// <summary>Adds <see cref="FundsView"/> (a singleton: no per-user state).</summary>
    public static IServiceCollection AddFundsView(this IServiceCollection services)
    {
        services.AddSingleton<FundsView>();
        return services;
    }

    /// <summary>
    /// <c>GET /export/funds-sectors.csv</c>, <c>funds-holdings.csv</c>, <c>funds-sector-changes.csv</c> and <c>funds-aum.csv</c>,
    /// each taking the <c>/funds</c> query (the same window and snapshots as the page; notices in <c>X-Query-Notices</c>).
    /// None of the funds in the store answers 404 with the reason.
    /// </summary>
    public static IEndpointRouteBuilder MapFundsExports(this IEndpointRouteBuilder app)
    {
        foreach (var (name, write) in Tables)
        {
            app.MapGet($"/export/{name}.csv", (HttpContext http, FundsView view) =>
            {
                var query = FundsQuery.Parse(http.Request.Path + http.Request.QueryString, out var notices);
                return ExportEndpoints.CsvAsync(http, notices, () => view.BuildAsync(query, http.RequestAborted), m => m.Notices, _ => name + ".csv", write);
            });
        }

        return app;
    }
}
