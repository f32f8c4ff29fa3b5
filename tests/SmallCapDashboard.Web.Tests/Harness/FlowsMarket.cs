using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Entities;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// Hand-made test data added on top of the shared test market: a flow fund TFLW (five modelled days, then five real
/// ones), IWM fund days (modelled, then real), and a three-day leveraged pair TLEV (β = 3) on the index TIDX.
/// </summary>
internal static class FlowsMarket
{
    /// <summary>TFLW's ten weekdays, 2024-12-02 to 2024-12-13.</summary>
    public static readonly DateOnly[] FlowDays = Weekdays(new DateOnly(2024, 12, 2), 10);

    /// <summary>The first five TFLW days are modelled, the last five real.</summary>
    public static bool IsModelled(int i) => i < 5;

    /// <summary>TFLW's net flow: 0 then +500 a day while modelled, −250 a day when real.</summary>
    public static double Flow(int i) => IsModelled(i) ? (i == 0 ? 0 : 500) : -250;

    /// <summary>Source named for TFLW's real days.</summary>
    public const string RealSource = "test:issuer-file";

    /// <summary>The leveraged pair's dates.</summary>
    public static readonly DateOnly[] LeverageDays = [new(2024, 3, 4), new(2024, 3, 5), new(2024, 3, 6)];

    /// <summary>IWM's last fund day (real); the 20 weekdays before it from 2024-12-02 are modelled, then 5 real.</summary>
    public static readonly DateOnly[] IwmFlowDays = Weekdays(new DateOnly(2024, 12, 2), 20);

    /// <summary>IWM's daily flow in the test data: −1,000,000 on modelled days, +2,000,000 on real days (the last five).</summary>
    public static double IwmFlow(int i) => i < 15 ? -1_000_000 : 2_000_000;

    /// <summary>Adds the rows to the database file.</summary>
    public static async Task SeedFileAsync(string file)
    {
        var services = new ServiceCollection()
            .AddMarketData(new MarketDataOptions { Provider = MarketDataProvider.Sqlite, ConnectionString = file })
            .BuildServiceProvider();
        await using (services)
        {
            await SeedAsync(services.GetRequiredService<IDbContextFactory<MarketDbContext>>());
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>Adds the rows through a context factory (idempotent: does nothing when TFLW exists).</summary>
    public static async Task SeedAsync(IDbContextFactory<MarketDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Instruments.AnyAsync(i => i.Symbol == "TFLW"))
        {
            return;
        }

        var fund = new Instrument { Symbol = "TFLW", Name = "Test flow fund (test data)", Kind = InstrumentKind.Etf };
        for (var i = 0; i < FlowDays.Length; i++)
        {
            var shares = 1000.0 + i;
            fund.Bars.Add(new DailyBar
            {
                Date = FlowDays[i], Open = 50, High = 51, Low = 49, Close = 50 + i, Volume = 1000, TotalReturnFactor = 1, Source = "test",
            });
            fund.FundDays.Add(new FundDay
            {
                Date = FlowDays[i], SharesOutstanding = shares, Nav = 50, NetFlow = Flow(i), Aum = shares * 50,
                Source = IsModelled(i) ? "model:v1" : RealSource, Modelled = IsModelled(i),
            });
        }

        db.Instruments.Add(fund);

        var iwm = await db.Instruments.SingleAsync(i => i.Symbol == "IWM");
        for (var i = 0; i < IwmFlowDays.Length; i++)
        {
            db.FundDays.Add(new FundDay
            {
                InstrumentId = iwm.Id, Date = IwmFlowDays[i], SharesOutstanding = 1e6, Nav = 200, NetFlow = IwmFlow(i), Aum = 2e8,
                Source = i < 15 ? "model:v1" : "isaergun/etf-flows-data", Modelled = i < 15,
            });
        }

        var index = new Instrument { Symbol = "TIDX", Name = "Test index (test data)", Kind = InstrumentKind.Index };
        var lev = new Instrument
        {
            Symbol = "TLEV", Name = "Test 3x fund (test data)", Kind = InstrumentKind.LeveragedEtf, Leverage = 3, Benchmark = "TIDX",
        };
        double[] indexCloses = [100, 110, 99], fundCloses = [100, 130, 90];
        for (var i = 0; i < LeverageDays.Length; i++)
        {
            index.Bars.Add(Bar(LeverageDays[i], indexCloses[i]));
            lev.Bars.Add(Bar(LeverageDays[i], fundCloses[i]));
        }

        db.Instruments.AddRange(index, lev);
        await db.SaveChangesAsync();
    }

    private static DailyBar Bar(DateOnly date, double close) => new()
    {
        Date = date, Open = close, High = close, Low = close, Close = close, Volume = 1, TotalReturnFactor = 1, Source = "test",
    };

    private static DateOnly[] Weekdays(DateOnly start, int count)
    {
        var list = new List<DateOnly>(count);
        for (var d = start; list.Count < count; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                list.Add(d);
            }
        }

        return [.. list];
    }
}
