using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace SmallCapDashboard.Web.Components.Shared;

/// <summary>
/// Picks one symbol from suggestions (<see cref="Search"/>), or, with <see cref="AcceptTyped"/>, takes the typed text
/// when Enter is pressed or the field is left; <see cref="ClearOnPick"/> empties the field after a pick (a list
/// picker's "add" box).
/// </summary>
public partial class SymbolSearch
{
    private readonly string _id = "sym-" + Guid.NewGuid().ToString("N")[..8];
    private List<string> _items = [];
    private string? _text;
    private string? _shown;
    private bool _open;
    private int _active = -1;

    /// <summary>The floating label, or null for none (then name the field with <see cref="AriaLabel"/>).</summary>
    [Parameter]
    public string? Label { get; set; }

    /// <summary>The value shown (the page's current symbol), if any.</summary>
    [Parameter]
    public string? Value { get; set; }

    /// <summary>The suggestions for the typed text.</summary>
    [Parameter, EditorRequired]
    public Func<string?, CancellationToken, Task<IEnumerable<string>>> Search { get; set; } = default!;

    /// <summary>Raised with the picked (or, with <see cref="AcceptTyped"/>, typed) symbol.</summary>
    [Parameter]
    public EventCallback<string> Picked { get; set; }

    /// <summary>Whether typed text that is no suggestion counts as a pick (Enter or leaving the field).</summary>
    [Parameter]
    public bool AcceptTyped { get; set; }

    /// <summary>Whether the field is emptied after a pick.</summary>
    [Parameter]
    public bool ClearOnPick { get; set; }

    /// <summary>Most suggestions shown.</summary>
    [Parameter]
    public int MaxItems { get; set; } = 30;

    /// <summary>Placeholder of the empty field.</summary>
    [Parameter]
    public string? Placeholder { get; set; }

    /// <summary>Accessible name when there is no label.</summary>
    [Parameter]
    public string? AriaLabel { get; set; }

    /// <summary>Tooltip of the field.</summary>
    [Parameter]
    public string? Title { get; set; }

    /// <summary>Test id of the input.</summary>
    [Parameter]
    public string? TestId { get; set; }

    /// <summary>Classes of the root element.</summary>
    [Parameter]
    public string? Class { get; set; }

    private string ControlClass => "mud-input-control mud-input-control-margin-dense mud-select" + (Label is null ? "" : " mud-input-outlined-with-label");

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Value != _shown)
        {
            _shown = Value;
            _text = Value;
        }
    }

    private async Task OnInputAsync(ChangeEventArgs e)
    {
        _text = e.Value as string;
        await FillAsync(_text);
    }

    // Focus opens the whole list (the shown value is a choice already made, not a filter).
    private Task OpenAsync() => FillAsync(null);

    private async Task FillAsync(string? text)
    {
        _items = [.. (await Search(text, CancellationToken.None)).Take(MaxItems)];
        _active = -1;
        _open = true;
    }

    private Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "ArrowDown" when _items.Count > 0:
                _open = true;
                _active = (_active + 1) % _items.Count;
                break;
            case "ArrowUp" when _items.Count > 0:
                _open = true;
                _active = _active <= 0 ? _items.Count - 1 : _active - 1;
                break;
            case "Escape":
                _open = false;
                break;
            case "Enter" or "NumpadEnter":
                if (_open && _active >= 0)
                {
                    return PickAsync(_items[_active]);
                }

                return AcceptTyped ? CommitTypedAsync() : Task.CompletedTask;
        }

        return Task.CompletedTask;
    }

    private Task OnBlurAsync()
    {
        _open = false;
        return AcceptTyped ? CommitTypedAsync() : Task.CompletedTask;
    }

    private Task CommitTypedAsync()
    {
        var text = _text?.Trim();
        _open = false;
        return string.IsNullOrEmpty(text) || text == Value ? Task.CompletedTask : Picked.InvokeAsync(text);
    }

    private Task PickAsync(string item)
    {
        _open = false;
        _text = ClearOnPick ? null : item;
        return Picked.InvokeAsync(item);
    }
}
