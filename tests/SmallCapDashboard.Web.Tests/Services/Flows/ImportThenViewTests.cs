using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Import;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Services.Flows;

[Collection(FlowsCollection.Name)]
public sealed class ImportThenViewTests(FlowsFactory factory)
{
    /// <summary>
    /// A ProShares historical NAV file for RWM made up by this test (clearly test data): newest first, shares in
    /// thousands, the issuer's header.
    /// </summary>
    private const string ProSharesFile =
        "Date,ProShares Name,Ticker,NAV,Prior NAV,NAV Change (%),NAV Change ($),Shares Outstanding (000),Assets Under Management\n" +
        "12/20/2024,ProShares Short Russell2000 (TEST DATA),RWM,19.95,20.10,-0.75,-0.15,5050,\"$100,747,500.00\"\n" +
        "12/19/2024,ProShares Short Russell2000 (TEST DATA),RWM,20.10,20.00,0.50,0.10,5100,102510000\n" +
        "12/18/2024,ProShares Short Russell2000 (TEST DATA),RWM,20.00,19.90,0.50,0.10,5000,100000000\n";

    [Fact]
    public async Task ImportFlows_ProSharesOverModelledDays_PageShowsThemAsReal()
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<MarketDbContext>>();
        DateOnly[] days = [new(2024, 12, 18), new(2024, 12, 19), new(2024, 12, 20)];
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var rwm = new Instrument { Symbol = "RWM", Name = "RWM (test data)", Kind = InstrumentKind.LeveragedEtf, Leverage = -1 };
            foreach (var d in days)
            {
                rwm.FundDays.Add(new FundDay { Date = d, NetFlow = 999, Source = "model:v1", Modelled = true });
            }

            db.Instruments.Add(rwm);
            await db.SaveChangesAsync();
        }

        var file = Path.Combine(Path.GetTempPath(), $"RWM-historical_nav-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, ProSharesFile);
        try
        {
            // The code path of `smallcap import flows FILE --symbol RWM`.
            var result = await new ImportService(contexts).ImportFlowsAsync(file, new FlowImportOptions { Symbol = "RWM" });
            Assert.True(result.Succeeded, result.Error);
        }
        finally
        {
            File.Delete(file);
        }

        var client = factory.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/flows?funds=RWM&from=2024-12-18&to=2024-12-20"));
        Assert.DoesNotContain("data-testid=\"modelled-note\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"modelled-chip\"", html, StringComparison.Ordinal);
        Assert.Contains("data-fund=\"RWM\" data-modelled=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("3 / 0", html, StringComparison.Ordinal);
        Assert.Contains("Real flows from: RWM", html, StringComparison.Ordinal);

        var csv = (await client.GetStringAsync("/export/flows.csv?funds=RWM&from=2024-12-18&to=2024-12-20"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, csv.Length);
        Assert.All(csv.Skip(1), l => Assert.EndsWith(",false", l, StringComparison.Ordinal));
        // 12-19: (5,100,000 − 5,000,000 shares) × NAV 20.10 = 2,010,000; AUM = 5,100,000 × 20.10 = 102,510,000.
        var day2 = csv[2].Split(',');
        Assert.Equal("2024-12-19", day2[0]);
        Assert.Equal(2_010_000, double.Parse(day2[2], CultureInfo.InvariantCulture), 1e-6);
        Assert.Equal(102_510_000, double.Parse(day2[5], CultureInfo.InvariantCulture), 1e-6);
    }
}
