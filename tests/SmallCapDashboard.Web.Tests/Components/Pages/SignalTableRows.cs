using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>Reads the paged signal table of /indicators: the current page, or every page through the pager.</summary>
public static class SignalTableRows
{
    private const string Next = "[data-testid=signal-table] .mud-table-pagination-next-button";

    /// <summary>The rows' cell texts (date, signal, detail, close, 1M, 3M, 6M) of every page, from the first.</summary>
    public static List<string[]> All<TPage>(IRenderedComponent<TPage> cut)
        where TPage : class, IComponent
    {
        var rows = new List<string[]>();
        foreach (var _ in Pages(cut))
        {
            rows.AddRange(Cells(cut));
        }

        return rows;
    }

    /// <summary>The rows on the current page.</summary>
    public static List<string[]> Cells<TPage>(IRenderedComponent<TPage> cut)
        where TPage : class, IComponent =>
        cut.FindAll("[data-testid=signal-table] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Where(r => r.Length >= 7)
            .ToList();

    /// <summary>Dates of the rows of one signal on every page.</summary>
    public static List<string> Dates<TPage>(IRenderedComponent<TPage> cut, string signal)
        where TPage : class, IComponent =>
        All(cut).Where(r => r[1] == signal).Select(r => r[0]).ToList();

    /// <summary>The row element of a signal on a date, paging until it shows.</summary>
    public static IElement Row<TPage>(IRenderedComponent<TPage> cut, string signal, string date)
        where TPage : class, IComponent
    {
        foreach (var _ in Pages(cut))
        {
            if (cut.FindAll("[data-testid=signal-table] tbody tr")
                    .SingleOrDefault(r => r.QuerySelector($"td[data-signal='{signal}']") is { } td && td.TextContent.Trim() == date) is { } row)
            {
                return row;
            }
        }

        throw new InvalidOperationException($"No {signal} row on {date}.");
    }

    /// <summary>Goes to the first page, then yields once per page while clicking Next.</summary>
    private static IEnumerable<int> Pages<TPage>(IRenderedComponent<TPage> cut)
        where TPage : class, IComponent
    {
        cut.Find("[data-testid=signal-table] .mud-table-pagination-first-button").Click();
        for (var page = 0; ; page++)
        {
            yield return page;
            var next = cut.Find(Next);
            if (next.HasAttribute("disabled"))
            {
                yield break;
            }

            next.Click();
        }
    }
}
