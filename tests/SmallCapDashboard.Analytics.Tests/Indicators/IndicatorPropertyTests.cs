using CsCheck;
using SmallCapDashboard.Analytics.Indicators;

namespace SmallCapDashboard.Analytics.Tests.Indicators;

/// <summary>Properties checked on generated series (CsCheck shrinks any failure to a small example).</summary>
public sealed class IndicatorPropertyTests
{
    /// <summary>Random-walk prices: 1 to 400 daily moves of up to ±8 % from a random start, some repeated (flat days).</summary>
    internal static readonly Gen<double[]> Prices =
        Gen.Select(Gen.Double[1.0, 1000.0], Gen.Double[-0.08, 0.08].Array[1, 400], Gen.Int[0, 3])
            .Select((start, moves, flatEvery) =>
            {
                var p = new double[moves.Length];
                var x = start;
                for (var i = 0; i < moves.Length; i++)
                {
                    if (flatEvery == 0 || i % (flatEvery + 4) != 0)
                    {
                        x *= 1 + moves[i];
                    }

                    p[i] = x;
                }

                return p;
            });

    [Fact]
    public void Rsi_AnyPositiveSeries_WithinZeroToHundred()
    {
        Gen.Select(Prices, Gen.Int[1, 30]).Sample((prices, period) =>
        {
            var rsi = Rsi.Calculate(prices, period);
            for (var i = 0; i < rsi.Length; i++)
            {
                if (i < period)
                {
                    Assert.True(double.IsNaN(rsi[i]));
                }
                else
                {
                    Assert.InRange(rsi[i], 0.0, 100.0);
                }
            }
        });
    }

    [Fact]
    public void Sma_ConstantSeries_IsTheConstant()
    {
        Gen.Select(Gen.Double[1e-3, 1e6], Gen.Int[0, 300], Gen.Int[1, 60]).Sample((c, length, period) =>
        {
            var values = new double[length];
            Array.Fill(values, c);

            var sma = Sma.Calculate(values, period);

            for (var i = period - 1; i < length; i++)
            {
                Assert.True(Math.Abs(sma[i] - c) <= 1e-12 * c, $"SMA {sma[i]:R} of constant {c:R} at {i}");
            }
        });
    }

    [Fact]
    public void Bollinger_ConstantSeries_ZeroWidth()
    {
        Gen.Select(Gen.Double[1e-3, 1e6], Gen.Int[1, 200], Gen.Int[1, 40]).Sample((c, length, period) =>
        {
            var values = new double[length];
            Array.Fill(values, c);

            var bb = Bollinger.Calculate(values, period, 2.0);

            for (var i = period - 1; i < length; i++)
            {
                Assert.True(bb.Upper[i] - bb.Lower[i] <= 1e-9 * c);
            }
        });
    }

    [Fact]
    public void Bollinger_AnySeries_MatchesTwoPassPerWindow()
    {
        // An outside check of the sliding update: a plain two-pass population deviation of every window.
        Gen.Select(Prices, Gen.Int[1, 30]).Sample((prices, period) =>
        {
            var bb = Bollinger.Calculate(prices, period, 2.0);
            for (var i = period - 1; i < prices.Length; i++)
            {
                var mean = 0.0;
                for (var j = i - period + 1; j <= i; j++)
                {
                    mean += prices[j];
                }

                mean /= period;
                var ss = 0.0;
                for (var j = i - period + 1; j <= i; j++)
                {
                    ss += (prices[j] - mean) * (prices[j] - mean);
                }

                var sd = Math.Sqrt(ss / period);
                Assert.True(Math.Abs(bb.Upper[i] - (mean + (2 * sd))) <= 1e-9 * Math.Max(1, mean), $"upper at {i}");
                Assert.True(Math.Abs(bb.Lower[i] - (mean - (2 * sd))) <= 1e-9 * Math.Max(1, mean), $"lower at {i}");
            }
        });
    }

    [Fact]
    public void RealisedVolatility_AnySeries_MatchesSampleDeviationPerWindow()
    {
        // Outside check: log returns, then a plain two-pass sample deviation (n − 1) of every window, × √252.
        Gen.Select(Prices, Gen.Int[2, 30]).Sample((prices, returns) =>
        {
            var vol = RealisedVolatility.Calculate(prices, returns);
            for (var i = returns; i < prices.Length; i++)
            {
                var mean = 0.0;
                for (var j = i - returns + 1; j <= i; j++)
                {
                    mean += Math.Log(prices[j] / prices[j - 1]);
                }

                mean /= returns;
                var ss = 0.0;
                for (var j = i - returns + 1; j <= i; j++)
                {
                    var d = Math.Log(prices[j] / prices[j - 1]) - mean;
                    ss += d * d;
                }

                var expected = Math.Sqrt(ss / (returns - 1) * 252);
                Assert.True(Math.Abs(vol[i] - expected) <= 1e-9, $"vol at {i}: {vol[i]:R} vs {expected:R}");
            }
        });
    }

    [Fact]
    public void Ema_ConstantSeries_IsTheConstant()
    {
        Gen.Select(Gen.Double[1e-3, 1e6], Gen.Int[0, 300], Gen.Int[1, 60]).Sample((c, length, period) =>
        {
            var values = new double[length];
            Array.Fill(values, c);

            var ema = Ema.Calculate(values, period);

            for (var i = period - 1; i < length; i++)
            {
                Assert.True(Math.Abs(ema[i] - c) <= 1e-12 * c, $"EMA {ema[i]:R} of constant {c:R} at {i}");
            }
        });
    }

    [Fact]
    public void Indicators_PrefixOfHistory_SameValuesAsFullHistory()
    {
        // Windowing invariance, causal part: computing on a shorter history (up to any cut) gives exactly the
        // values the full history gives on those sessions, so cutting a longer computation changes nothing.
        Gen.Select(Prices, Gen.Int[0, 400], Gen.Int[1, 30]).Sample((prices, cutAt, period) =>
        {
            var k = Math.Min(cutAt, prices.Length);
            var prefix = prices.AsSpan(0, k);
            AssertPrefix(Sma.Calculate(prices, period), Sma.Calculate(prefix, period));
            AssertPrefix(Ema.Calculate(prices, period), Ema.Calculate(prefix, period));
            AssertPrefix(Rsi.Calculate(prices, period), Rsi.Calculate(prefix, period));
            var fullMacd = Macd.Calculate(prices, period, period + 5, 3);
            var prefixMacd = Macd.Calculate(prefix, period, period + 5, 3);
            AssertPrefix(fullMacd.Line, prefixMacd.Line);
            AssertPrefix(fullMacd.Signal, prefixMacd.Signal);
            var fullBb = Bollinger.Calculate(prices, period);
            var prefixBb = Bollinger.Calculate(prefix, period);
            AssertPrefix(fullBb.Upper, prefixBb.Upper);
            AssertPrefix(fullBb.Lower, prefixBb.Lower);
            AssertPrefix(RealisedVolatility.Calculate(prices, period + 1), RealisedVolatility.Calculate(prefix, period + 1));
        });
    }

    private static void AssertPrefix(double[] full, double[] prefix)
    {
        for (var i = 0; i < prefix.Length; i++)
        {
            Assert.Equal(full[i], prefix[i]);
        }
    }
}
