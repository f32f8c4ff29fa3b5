using System.Net;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Services.Funds;

/// <summary>
/// The <c>/funds</c> CSVs take the page's own query: a frozen link's window and as-of give the same days and snapshots
/// after a newer import (<see cref="FundsMarket"/> with its 2025 days and 2025-03-31 snapshot stored). Expected rows
/// by hand: 2024-09-30 is the base close of the window from 2024-10-01 (day i = 65: 1,065,000 shares, AUM 53,250,000);
/// 2024-12-31 is day 131 (1,131,000 shares, AUM 56,550,000); 67 weekdays from 2024-09-30 to 2024-12-31.
/// </summary>
public sealed class FundsRegistrationTests(FundsFactory factory) : IClassFixture<FundsFactory>
{
    private const string Frozen = "from=2024-10-01&to=2024-12-31&asof=2024-12-31&symbols=TFND";

    private async Task<(string[] Rows, HttpResponseMessage Response)> CsvAsync(string table, string query)
    {
        var response = await factory.CreateClient().GetAsync($"/export/{table}.csv?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return (text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), response);
    }

    [Fact]
    public async Task FundsAum_FrozenQuery_TheWindowsDaysOnly()
    {
        var (rows, _) = await CsvAsync("funds-aum", Frozen);

        Assert.Equal("Date,Fund,SharesOutstanding,Nav,Aum,Source,Modelled", rows[0]);
        Assert.Equal(1 + 67, rows.Length);
        Assert.Equal("2024-09-30,TFND,1065000,50,53250000,test:issuer-file,false", rows[1]);
        Assert.Equal("2024-12-31,TFND,1131000,50,56550000,test:issuer-file,false", rows[^1]);
    }

    [Fact]
    public async Task FundsSectorsAndChanges_FrozenQuery_TheSnapshotsUpToAsOf()
    {
        var (sectors, _) = await CsvAsync("funds-sectors", Frozen);
        var (changes, _) = await CsvAsync("funds-sector-changes", Frozen);
        var (holdings, _) = await CsvAsync("funds-holdings", Frozen);

        Assert.Equal(["Fund,AsOf,Sector,WeightPercent,MarketValue,Holdings", "TFND,2024-12-31,Industrials,50,0,1",
            "TFND,2024-12-31,Information Technology,30,0,1", "TFND,2024-12-31,Health Care,20,0,1"], sectors);
        Assert.Equal("TFND,2024-06-28,2024-12-31,Health Care,0,20,20", changes[1]);
        Assert.Equal(4, changes.Length);
        Assert.All(holdings.Skip(1), r => Assert.StartsWith("TFND,2024-12-31,", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FundsSectorChanges_RelativeQuery_FollowsTheNewestSnapshot()
    {
        var (changes, _) = await CsvAsync("funds-sector-changes", "range=3m&symbols=TFND");

        // 2024-12-31 → 2025-03-31: Industrials 50 → 45, Information Technology 30 → 35 (ties by name), Health Care unchanged.
        Assert.Equal("TFND,2024-12-31,2025-03-31,Industrials,50,45,-5", changes[1]);
        Assert.Equal("TFND,2024-12-31,2025-03-31,Information Technology,30,35,5", changes[2]);
    }

    [Fact]
    public async Task FundsAum_BadParameters_NoticesInTheHeaderAndTheDefaults()
    {
        var (rows, response) = await CsvAsync("funds-aum", "symbols=TFND&range=2q&basis=total");

        var notices = Uri.UnescapeDataString(string.Join("", response.Headers.GetValues("X-Query-Notices")));
        Assert.Contains("'range'", notices, StringComparison.Ordinal);
        Assert.Contains("'basis'", notices, StringComparison.Ordinal);
        // The default one year to 2025-03-31 reaches before the first data: every stored day, from 2024-07-01.
        Assert.StartsWith("2024-07-01,TFND,1000000,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("2025-03-31,TFND,", rows[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FundsAum_NoneOfTheFundsKnown_NotFoundWithTheReason()
    {
        var response = await factory.CreateClient().GetAsync("/export/funds-aum.csv?symbols=NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("None of NOPE is in the database", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
