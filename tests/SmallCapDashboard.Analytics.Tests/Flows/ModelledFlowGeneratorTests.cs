using SmallCapDashboard.Analytics.Flows;

namespace SmallCapDashboard.Analytics.Tests.Flows;

public class ModelledFlowGeneratorTests
{
    private static (DateOnly[] Dates, double[] Closes) Path(int n)
    {
        var dates = new DateOnly[n];
        var closes = new double[n];
        var d = new DateOnly(2010, 1, 4);
        for (var i = 0; i < n; i++)
        {
            dates[i] = d;
            // A wavy price path: 100 · (1 + 0.3 sin(i / 40)), positive throughout.
            closes[i] = 100 * (1 + 0.3 * Math.Sin(i / 40.0));
            d = d.AddDays(d.DayOfWeek == DayOfWeek.Friday ? 3 : 1);
        }

        return (dates, closes);
    }

    [Fact]
    public void Generate_SameSeed_SameOutput()
    {
        var (dates, closes) = Path(600);
        var a = ModelledFlowGenerator.Generate("IWM", dates, closes, new ModelledFlowOptions { Seed = 7 });
        var b = ModelledFlowGenerator.Generate("IWM", dates, closes, new ModelledFlowOptions { Seed = 7 });
        Assert.Equal(a, b);
    }

    [Fact]
    public void Generate_DifferentSeedOrSymbol_DifferentFlows()
    {
        var (dates, closes) = Path(100);
        var a = ModelledFlowGenerator.Generate("IWM", dates, closes, new ModelledFlowOptions { Seed = 7 });
        var b = ModelledFlowGenerator.Generate("IWM", dates, closes, new ModelledFlowOptions { Seed = 8 });
        var c = ModelledFlowGenerator.Generate("IJR", dates, closes, new ModelledFlowOptions { Seed = 7 });
        Assert.NotEqual(a[50].NetFlow, b[50].NetFlow);
        Assert.NotEqual(a[50].NetFlow, c[50].NetFlow);
    }

    [Fact]
    public void Generate_Rows_ConsistentAndModelled()
    {
        var (dates, closes) = Path(2000);
        var rows = ModelledFlowGenerator.Generate("TNA", dates, closes, new ModelledFlowOptions { InitialAum = 2e9 });
        Assert.Equal(2000, rows.Count);
        Assert.Equal(2e9, rows[0].Aum, 3);
        Assert.Equal(0.0, rows[0].NetFlow);
        for (var t = 0; t < rows.Count; t++)
        {
            var r = rows[t];
            Assert.True(r.Modelled);
            Assert.Equal(dates[t], r.Date);
            Assert.Equal(closes[t], r.Nav);
            Assert.Equal(r.SharesOutstanding * r.Nav, r.Aum, 1e-9 * r.Aum);
            if (t > 0)
            {
                var expectedFlow = (r.SharesOutstanding - rows[t - 1].SharesOutstanding) * r.Nav;
                Assert.Equal(expectedFlow, r.NetFlow, 1e-9 * r.Aum);
            }
        }
    }

    [Fact]
    public void Generate_Flows_ScaledToPreviousAumWithinBound()
    {
        var (dates, closes) = Path(3000);
        var options = new ModelledFlowOptions { MaxDailyFraction = 0.02 };
        var rows = ModelledFlowGenerator.Generate("SPY", dates, closes, options);
        var nonZero = 0;
        for (var t = 1; t < rows.Count; t++)
        {
            var ratio = Math.Abs(rows[t].NetFlow) / rows[t - 1].Aum;
            Assert.True(ratio <= 0.02 + 1e-12, $"|flow| / AUM(t−1) = {ratio} on {rows[t].Date}");
            if (ratio > 0)
            {
                nonZero++;
            }
        }

        Assert.True(nonZero > 2900);
    }

    [Fact]
    public void Generate_Persistent_PositiveLagOneAutocorrelation()
    {
        // With φ = 0.6 and no return link, the flow fraction is AR(1): its lag-1 autocorrelation is about 0.6.
        var (dates, closes) = Path(5000);
        var rows = ModelledFlowGenerator.Generate(
            "QQQ", dates, closes, new ModelledFlowOptions { Persistence = 0.6, ReturnSensitivity = 0, MaxDailyFraction = 0.5 });
        var f = new double[rows.Count - 1];
        for (var t = 1; t < rows.Count; t++)
        {
            f[t - 1] = rows[t].NetFlow / rows[t - 1].Aum;
        }

        double mean = f.Average(), num = 0, den = 0;
        for (var t = 0; t < f.Length; t++)
        {
            den += (f[t] - mean) * (f[t] - mean);
            if (t > 0)
            {
                num += (f[t] - mean) * (f[t - 1] - mean);
            }
        }

        Assert.InRange(num / den, 0.5, 0.7);
    }

    [Fact]
    public void Generate_DecayingPrice_AumStaysAnchoredNearStartingSize()
    {
        // An inverse-fund-like path: the price halves every 252 sessions for 15 years, i.e. falls by 2^-15 ≈ 3e-5.
        // With shares held constant the AUM would fall by the same factor (1e9 → about 3e4). The size anchor
        // (λ = 0.002) must create shares instead: worked out, the steady log gap is ln 2 / (252 · λ / (1 − φ))
        // ≈ 0.69 / 0.72 ≈ 0.96 (about 1.2 once the
        // return-chasing term κ·R ≈ −0.00054 a day is added), i.e. AUM around 0.3–0.4 × the start; allow a wide band [0.05, 5].
        const int n = 252 * 15;
        var dates = new DateOnly[n];
        var closes = new double[n];
        var d = new DateOnly(2009, 1, 5);
        for (var i = 0; i < n; i++)
        {
            dates[i] = d;
            closes[i] = 1000 * Math.Pow(0.5, i / 252.0);
            d = d.AddDays(d.DayOfWeek == DayOfWeek.Friday ? 3 : 1);
        }

        var rows = ModelledFlowGenerator.Generate("TZA", dates, closes, new ModelledFlowOptions());
        var ratio = rows[^1].Aum / 1e9;
        Assert.InRange(ratio, 0.05, 5.0);
        Assert.True(rows[^1].SharesOutstanding > rows[0].SharesOutstanding * 1000, "shares must be created as the price decays");
    }

    [Fact]
    public void Generate_NonPositiveClose_ThrowsNamingDate()
    {
        var ex = Assert.Throws<ArgumentException>(() => ModelledFlowGenerator.Generate(
            "IWM", [new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3)], [10.0, 0.0], new ModelledFlowOptions()));
        Assert.Equal("closes", ex.ParamName);
        Assert.Contains("2024-01-03", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_BadOption_ThrowsNamingOption()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ModelledFlowGenerator.Generate(
            "IWM", [new DateOnly(2024, 1, 2)], [10.0], new ModelledFlowOptions { Persistence = 1.0 }));
        Assert.Equal("Persistence", ex.ParamName);
    }

    [Fact]
    public void Generate_Empty_ReturnsEmpty()
    {
        Assert.Empty(ModelledFlowGenerator.Generate("IWM", [], [], new ModelledFlowOptions()));
    }
}
