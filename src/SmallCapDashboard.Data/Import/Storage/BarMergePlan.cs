using System.Globalization;

namespace SmallCapDashboard.Data.Import.Storage;

/// <summary>
/// Decides which imported bars to write next to a symbol's stored bars:
/// <list type="bullet">
/// <item>Overlap with another source is judged by <see cref="OverlapRule"/> on the closes (price basis); a
/// disagreeing overlap refuses the file unless Replace. Without Replace the stored bars stay on the overlap and
/// only new dates are added; with Replace the file's bars overwrite them.</item>
/// <item>The file's total-return factors are rescaled to chain with the stored ones: multiplied by
/// stored/imported factor at the first shared date (so the stored scale is kept on the overlap), or, without
/// shared dates, matched at the adjacent end (assuming no distribution in the gap, with a warning).</item>
/// <item>Bars equal to the stored ones (to 1e-12 relative) are not rewritten, so re-importing a file changes nothing.</item>
/// </list>
/// </summary>
internal static class BarMergePlan
{
    public static IReadOnlyList<CanonicalBar> Plan(
        IReadOnlyList<StoredBar> stored, IReadOnlyList<CanonicalBar> imported, string source, bool replace,
        string file, string symbol, List<string> warnings, bool judgeSameSource = false)
    {
        if (stored.Count == 0)
        {
            // A symbol without bars takes the file as it is (no copy of a million bars).
            return imported;
        }

        var matches = Match(stored, imported);
        var otherSource = new List<(DateOnly, double, double)>();
        var storedSources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (i, j) in matches)
        {
            if (stored[i].Source != source || judgeSameSource)
            {
                otherSource.Add((imported[j].Date, stored[i].Close, imported[j].Close));
                storedSources.Add(stored[i].Source);
            }
        }

        var verdict = OverlapRule.Judge(otherSource);
        var sources = string.Join(", ", storedSources);
        if (verdict.Disagrees && !replace)
        {
            throw new ImportException(file, null, "Close",
                $"{symbol} overlaps stored bars from {sources} and disagrees by more than 0.5% ({verdict.Describe()}); nothing imported, use --replace to overwrite the stored bars");
        }

        if (verdict.Days > 0 && (replace || storedSources.Any(s => s != source)))
        {
            warnings.Add(replace
                ? $"{file}: replaced stored {symbol} bars from {sources} on the overlap ({verdict.Describe()})"
                : $"{file}: overlaps stored {symbol} bars from {sources} ({verdict.Describe()}); the stored bars were kept, only new dates added");
        }

        var scale = Scale(stored, imported, matches, file, warnings);
        var storedByIndex = new int[imported.Count];
        Array.Fill(storedByIndex, -1);
        foreach (var (i, j) in matches)
        {
            storedByIndex[j] = i;
        }

        var rows = new List<CanonicalBar>(imported.Count);
        for (var j = 0; j < imported.Count; j++)
        {
            var bar = imported[j] with { TotalReturnFactor = imported[j].TotalReturnFactor * scale };
            var i = storedByIndex[j];
            if (i >= 0)
            {
                var s = stored[i];
                if (s.Source != source && !replace)
                {
                    continue;
                }

                if (s.Source == source && Same(s, bar))
                {
                    continue;
                }
            }

            rows.Add(bar);
        }

        return rows;
    }

    private static double Scale(IReadOnlyList<StoredBar> stored, IReadOnlyList<CanonicalBar> imported,
        List<(int Stored, int Imported)> matches, string file, List<string> warnings)
    {
        if (matches.Count > 0)
        {
            var (i, j) = matches[0];
            var scale = stored[i].TotalReturnFactor / imported[j].TotalReturnFactor;
            return scale;
        }

        if (stored.Count == 0)
        {
            return 1.0;
        }

        if (imported[0].Date > stored[^1].Date)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{file}: no shared dates with the stored bars; total-return factor chained assuming no distribution between {stored[^1].Date:yyyy-MM-dd} and {imported[0].Date:yyyy-MM-dd}"));
            return stored[^1].TotalReturnFactor / imported[0].TotalReturnFactor;
        }

        if (imported[^1].Date < stored[0].Date)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{file}: no shared dates with the stored bars; total-return factor chained assuming no distribution between {imported[^1].Date:yyyy-MM-dd} and {stored[0].Date:yyyy-MM-dd}"));
            return stored[0].TotalReturnFactor / imported[^1].TotalReturnFactor;
        }

        return 1.0;
    }

    /// <summary>Pairs of (stored index, imported index) with the same date; both inputs ascending.</summary>
    private static List<(int Stored, int Imported)> Match(IReadOnlyList<StoredBar> stored, IReadOnlyList<CanonicalBar> imported)
    {
        var result = new List<(int, int)>();
        int i = 0, j = 0;
        while (i < stored.Count && j < imported.Count)
        {
            var c = stored[i].Date.CompareTo(imported[j].Date);
            if (c == 0)
            {
                result.Add((i++, j++));
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }

    private static bool Same(in StoredBar s, in CanonicalBar b) =>
        Near(s.Open, b.Open) && Near(s.High, b.High) && Near(s.Low, b.Low) && Near(s.Close, b.Close)
        && Near(s.Volume, b.Volume) && Near(s.TotalReturnFactor, b.TotalReturnFactor);

    private static bool Near(double a, double b) => a == b || Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b));
}
