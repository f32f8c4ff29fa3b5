using System.Globalization;
using Microsoft.AspNetCore.Components;
using SmallCapDashboard.Web.Services.Indicators;

namespace SmallCapDashboard.Web.Components.Shared;

/// <summary>
/// The signal history of /indicators: newest first, sorted by a column header (ascending, descending, then back to
/// the rows' own order, as MudTable's sort labels), filtered by words, paged.
/// </summary>
public partial class SignalTable
{
    /// <summary>Rows per page at first.</summary>
    public const int PageSize = 15;

    private static readonly int[] PageSizes = [10, 15, 25, 50, 100];

    private sealed record Column(string Name, bool Numeric, Func<SignalRow, IComparable> Key);

    private static readonly Column[] Columns =
    [
        new("Date", false, r => r.Date),
        new("Signal", false, r => r.Signal),
        new("Detail", false, r => r.Detail),
        new("Close", true, r => r.Close),
        new("1M", true, r => r.Return1M ?? double.NegativeInfinity),
        new("3M", true, r => r.Return3M ?? double.NegativeInfinity),
        new("6M", true, r => r.Return6M ?? double.NegativeInfinity),
    ];

    private readonly string _pageSizeId = "signal-page-size-" + Guid.NewGuid().ToString("N")[..8];
    private string? _filter;
    private string? _sortBy = "Date";
    private bool _descending = true;
    private int _page;
    private int _pageSize = PageSize;

    /// <summary>The signals in the window.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<SignalRow> Rows { get; set; } = [];

    /// <summary>The basis, named in the caption.</summary>
    [Parameter, EditorRequired]
    public string BasisLabel { get; set; } = "";

    /// <summary>The rows that match the filter, in the chosen order (a stable sort).</summary>
    private List<SignalRow> Shown()
    {
        var words = _filter?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        IEnumerable<SignalRow> rows = words.Length == 0 ? Rows : Rows.Where(r => Matches(r, words));
        if (Columns.FirstOrDefault(c => c.Name == _sortBy) is { } column)
        {
            rows = _descending ? rows.OrderByDescending(column.Key) : rows.OrderBy(column.Key);
        }

        return rows.ToList();
    }

    /// <summary>Every word appears in the date, the signal or its detail ("50/200 golden", "death 2024").</summary>
    private static bool Matches(SignalRow r, string[] words)
    {
        var text = r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + r.Signal + " " + r.Detail;
        return words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private void Filter(ChangeEventArgs e)
    {
        _filter = e.Value as string;
        _page = 0;
    }

    private void ClearFilter()
    {
        _filter = null;
        _page = 0;
    }

    /// <summary>A header click: a new column sorts ascending; the same column goes on to descending, then unsorted.</summary>
    private void SortBy(string name)
    {
        if (name != _sortBy)
        {
            (_sortBy, _descending) = (name, false);
        }
        else if (!_descending)
        {
            _descending = true;
        }
        else
        {
            _sortBy = null;
        }

        _page = 0;
    }

    /// <summary>The phone's sort select (the table shows as cards there): a column and a direction, "Date|desc".</summary>
    private void SortFromSelect(ChangeEventArgs e)
    {
        if (e.Value is string value && value.Split('|') is [var name, var direction] && Columns.Any(c => c.Name == name))
        {
            (_sortBy, _descending, _page) = (name, direction == "desc", 0);
        }
    }

    private void SetPageSize(ChangeEventArgs e)
    {
        if (int.TryParse(e.Value as string, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && PageSizes.Contains(size))
        {
            (_pageSize, _page) = (size, 0);
        }
    }

    private string DirectionClass(Column c) => c.Name != _sortBy ? "mud-direction-none" : _descending ? "mud-direction-desc" : "mud-direction-asc";

    private string AriaSort(Column c) => c.Name != _sortBy ? "none" : _descending ? "descending" : "ascending";
}
