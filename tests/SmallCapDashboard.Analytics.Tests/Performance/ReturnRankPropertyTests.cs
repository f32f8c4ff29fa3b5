using CsCheck;
using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Performance;

public class ReturnRankPropertyTests
{
    [Fact]
    public void Rank_AnySeries_MatchesBruteForceOverEarlierWindows()
    {
        var gen =
            from closes in Gen.Int[80, 120].Array[3, 80]
            from sessions in Gen.Int[1, 5]
            select (closes, sessions);
        gen.Sample(t =>
        {
            var closes = Array.ConvertAll(t.closes, v => (double)v);
            var sessions = Math.Min(t.sessions, closes.Length - 1);
            var dates = new DateOnly[closes.Length];
            for (var i = 0; i < dates.Length; i++)
            {
                dates[i] = new DateOnly(2000, 1, 1).AddDays(i);
            }

            var end = closes.Length - 1;
            var r = ReturnRank.Rank(dates, closes, end, sessions);
            var mine = closes[end] / closes[end - sessions] - 1;
            int lower = 0, higher = 0;
            DateOnly? lowerSince = null, higherSince = null;
            // Walk backwards from the window before the ranked one: the first strictly lower/higher is the "since".
            for (var j = end - 1; j >= sessions; j--)
            {
                var x = closes[j] / closes[j - sessions] - 1;
                if (x < mine)
                {
                    lower++;
                    lowerSince ??= dates[j];
                }
                else if (x > mine)
                {
                    higher++;
                    higherSince ??= dates[j];
                }
            }

            return r.LowerCount == lower && r.HigherCount == higher
                && r.LowerSince == lowerSince && r.HigherSince == higherSince
                && r.WindowCount == end - sessions + 1;
        });
    }
}
