using AngleSharp.Dom;
using Bunit;
using SmallCapDashboard.Web.Components.Pages;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>Reads the rendered /spread page: the returns table's cells and their titles.</summary>
public static class SpreadPage
{
    /// <summary>The cell of <paramref name="symbol"/>'s row under column <paramref name="column"/> (e.g. <c>1Y</c>, <c>Window</c>).</summary>
    public static IElement ReturnCell(IRenderedComponent<Spread> cut, string symbol, string column)
    {
        var table = cut.Find("[data-testid=returns-table]");
        var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        var index = headers.IndexOf(column);
        Assert.True(index > 0, $"column {column} not in the returns table header: {string.Join(", ", headers)}");
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == symbol);
        return row.QuerySelectorAll("td")[index - 1];
    }

    /// <summary>Symbols listed in the returns table, top to bottom.</summary>
    public static IReadOnlyList<string> ReturnSymbols(IRenderedComponent<Spread> cut) =>
        cut.Find("[data-testid=returns-table]").QuerySelectorAll("tbody th[scope=row]").Select(h => h.TextContent.Trim()).ToList();

    /// <summary>The "from the close of … to …" title of the Window cell of <paramref name="symbol"/>.</summary>
    public static string WindowTitle(IRenderedComponent<Spread> cut, string symbol) =>
        ReturnCell(cut, symbol, "Window").GetAttribute("title") ?? "";

    /// <summary>The query parameters of <paramref name="uri"/> (absolute or relative).</summary>
    public static Dictionary<string, string> QueryOf(string uri)
    {
        var q = uri.Contains('?', StringComparison.Ordinal) ? uri[(uri.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        return q.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "");
    }
}
