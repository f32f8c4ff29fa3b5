using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SmallCapDashboard.Web.Services.Indicators;

using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Pages;

/// <summary>Reads the paged signal table of /indicators: every row at once (one page as large as the table).</summary>
public static class SignalTableRows
{
    /// <summary>Shows every row on one page and returns the rows' cell texts (date, signal, detail, close, 1M, 3M, 6M).</summary>
    public static List<string[]> All<TPage>(IRenderedComponent<TPage> cut)
        where TPage : class, IComponent
    {
        ShowAll(cut);
        return Cells(cut);
    }

    /// <summary>One page as large as the table.</summary>
    public static void ShowAll<TPage>(IRenderedComponent<TPage> cut)
        where TPage : class, IComponent
    {
        var table = cut.FindComponent<MudTable<SignalRow>>();
        cut.InvokeAsync(() => table.Instance.SetRowsPerPage(100_000)).GetAwaiter().GetResult();
    }

    /// <summary>The rows on the current page.</summary>
    public static List<string[]> Cells<TPage>(IRenderedComponent<TPage> cut)
        where TPage : class, IComponent =>
        cut.FindAll("[data-testid=signal-table] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Where(r => r.Length >= 7)
            .ToList();

    /// <summary>Dates of the rows of one signal on the current page.</summary>
    public static List<string> Dates<TPage>(IRenderedComponent<TPage> cut, string signal)
        where TPage : class, IComponent =>
        Cells(cut).Where(r => r[1] == signal).Select(r => r[0]).ToList();

    /// <summary>The row element of a signal on a date.</summary>
    public static IElement Row<TPage>(IRenderedComponent<TPage> cut, string signal, string date)
        where TPage : class, IComponent =>
        cut.FindAll("[data-testid=signal-table] tbody tr")
            .Single(r => r.QuerySelector($"td[data-signal='{signal}']") is { } td && td.TextContent.Trim() == date);
}
