using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace SmallCapDashboard.Web.Components.Shared;

/// <summary>
/// Form controls written as markup in MudBlazor's own elements and classes (MudTextField, MudNumericField,
/// MudToggleGroup, MudSwitch, each outlined and dense as the toolbars use them), not as components: a MudTextField is
/// four components per open circuit, a toggle group two plus one per item, a switch one with its parameter states.
/// Each control is a native element (text input, buttons, checkbox), so it is reachable by Tab and named for screen
/// readers; the page's callbacks (<see cref="EventCallback{TValue}"/>) run its handlers and re-render it.
/// </summary>
public static class PlainControls
{
    private const string ControlClass = "mud-input-control mud-input-control-margin-dense mud-input-outlined-with-label mud-input-input-control";
    private const string InputBoxClass = "mud-input mud-input-outlined mud-input-outlined-with-label mud-input-margin-dense mud-shrink mud-typography-subtitle1 mud-input-sizing-fixed";
    private const string InputClass = "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense";
    private const string LabelClass = "mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol";
    private const string ItemClass = " mud-ripple mud-toggle-item mud-toggle-item-delimiter mud-toggle-item-size-small";

    /// <summary>A text field (MudTextField): <paramref name="changed"/> gets the text when it is committed (Enter or leaving the field).</summary>
    public static RenderFragment TextField(string id, string label, string? value, EventCallback<string?> changed,
        string classes, string? placeholder = null, string? testId = null) => builder =>
    {
        Field(builder, id, label, "mud-input-sizing-fixed " + classes, input =>
        {
            input.AddAttribute(11, "type", "text");
            input.AddAttribute(12, "inputmode", "text");
            input.AddAttribute(13, "placeholder", placeholder);
            input.AddAttribute(14, "data-testid", testId);
            input.AddAttribute(15, "value", value);
            input.AddAttribute(16, "onchange", Handler<ChangeEventArgs>(e => changed.InvokeAsync(e.Value as string)));
        });
    };

    /// <summary>
    /// A whole-number field (MudNumericField without spin buttons): a committed number is clamped to
    /// [<paramref name="min"/>, <paramref name="max"/>], other text is ignored. Keys stay in the browser (dashboard.js):
    /// ArrowUp and ArrowDown step the value and commit it, and a committed text that is not a whole number shows the
    /// value again; no keypress goes to the server.
    /// </summary>
    public static RenderFragment NumberField(string id, string label, int value, int min, int max, EventCallback<int> changed,
        string classes) => builder =>
    {
        Field(builder, id, label, "mud-input-number-control mud-input-nospin " + classes, input =>
        {
            input.AddAttribute(11, "type", "text");
            input.AddAttribute(12, "inputmode", "numeric");
            input.AddAttribute(13, "role", "spinbutton");
            input.AddAttribute(14, "aria-valuenow", value.ToString(CultureInfo.InvariantCulture));
            input.AddAttribute(15, "aria-valuemin", min.ToString(CultureInfo.InvariantCulture));
            input.AddAttribute(16, "aria-valuemax", max.ToString(CultureInfo.InvariantCulture));
            input.AddAttribute(17, "value", value.ToString(CultureInfo.InvariantCulture));
            input.AddAttribute(18, "onchange", Handler<ChangeEventArgs>(e =>
                int.TryParse(e.Value as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && Math.Clamp(v, min, max) != value
                    ? changed.InvokeAsync(Math.Clamp(v, min, max))
                    : Task.CompletedTask));
        });
    };

    /// <summary>
    /// A single-choice toggle group (MudToggleGroup, small, outlined, primary): the chosen item is filled, and a click on
    /// another calls <paramref name="changed"/> with its value.
    /// </summary>
    public static RenderFragment ToggleGroup<T>(string ariaLabel, T value, IReadOnlyList<(T Value, string Text)> items,
        EventCallback<T> changed, string? classes = null, string? testId = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "role", "group");
        builder.AddAttribute(2, "class", "mud-toggle-group mud-toggle-group-horizontal mud-toggle-group-size-small mud-toggle-group-primary mud-toggle-group-outlined " + classes);
        builder.AddAttribute(3, "style", $"grid-template-columns:repeat({items.Count}, minmax(0, 1fr));");
        builder.AddAttribute(4, "aria-label", ariaLabel);
        builder.AddAttribute(5, "data-testid", testId);
        foreach (var (itemValue, text) in items)
        {
            var on = EqualityComparer<T>.Default.Equals(itemValue, value);
            builder.OpenElement(6, "button");
            builder.AddAttribute(7, "type", "button");
            builder.AddAttribute(8, "role", "checkbox");
            builder.AddAttribute(9, "aria-checked", on ? "true" : "false");
            builder.AddAttribute(10, "class", on
                ? "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-small" + ItemClass + " mud-toggle-item-selected"
                : "mud-button-root mud-button mud-button-outlined mud-button-outlined-primary mud-button-outlined-size-small" + ItemClass);
            builder.AddAttribute(11, "onclick", Handler<MouseEventArgs>(_ => on ? Task.CompletedTask : changed.InvokeAsync(itemValue)));
            builder.OpenElement(12, "span");
            builder.AddAttribute(13, "class", "mud-button-label");
            builder.AddContent(14, text);
            builder.CloseElement();
            builder.CloseElement();
        }

        builder.CloseElement();
    };

    /// <summary>A switch (MudSwitch, primary when on) with its label; Space toggles it as any checkbox.</summary>
    public static RenderFragment Switch(string label, bool value, EventCallback<bool> changed, string? classes = null,
        string? testId = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-input-control mud-input-control-boolean-input " + classes);
        builder.AddAttribute(2, "data-testid", testId);
        builder.OpenElement(3, "div");
        builder.AddAttribute(4, "class", "mud-input-control-input-container");
        builder.OpenElement(5, "label");
        builder.AddAttribute(6, "class", "mud-switch mud-input-content-placement-end");
        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "mud-switch-span mud-switch-span-medium");
        builder.OpenElement(9, "span");
        builder.AddAttribute(10, "class", value
            ? "mud-button-root mud-icon-button mud-switch-base mud-ripple mud-ripple-switch mud-primary-text hover:mud-primary-hover mud-checked mud-switch-base-medium"
            : "mud-button-root mud-icon-button mud-switch-base mud-ripple mud-ripple-switch mud-default-text hover:mud-default-hover mud-switch-base-medium");
        builder.OpenElement(11, "span");
        builder.AddAttribute(12, "class", "mud-switch-button");
        builder.OpenElement(13, "input");
        builder.AddAttribute(14, "type", "checkbox");
        builder.AddAttribute(15, "role", "switch");
        builder.AddAttribute(16, "class", "mud-switch-input");
        builder.AddAttribute(17, "aria-checked", value ? "true" : "false");
        builder.AddAttribute(18, "checked", value);
        builder.AddAttribute(19, "onchange", Handler<ChangeEventArgs>(e =>
        {
            var on = e.Value is bool b ? b : bool.TryParse(e.Value as string, out var p) && p;
            return on != value ? changed.InvokeAsync(on) : Task.CompletedTask;
        }));
        builder.CloseElement();
        builder.AddMarkupContent(20, "<span class=\"mud-switch-thumb-medium d-flex align-center justify-center\"></span>");
        builder.CloseElement();
        builder.CloseElement();
        builder.AddMarkupContent(21, value ? "<span class=\"mud-switch-track mud-primary\"></span>" : "<span class=\"mud-switch-track mud-default\"></span>");
        builder.CloseElement();
        builder.OpenElement(22, "span");
        builder.AddAttribute(23, "class", "mud-typography mud-typography-body1");
        builder.AddContent(24, label);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    // A DOM event's handler with no receiver of its own: the page's callback it invokes re-renders the page.
    private static EventCallback<TArgs> Handler<TArgs>(Func<TArgs, Task> handler) => new(null, handler);

    // The outlined, dense input with its notched border and floating label, as MudTextField draws it.
    private static void Field(RenderTreeBuilder builder, string id, string label, string classes, Action<RenderTreeBuilder> input)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", ControlClass + " " + classes);
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "div");
        builder.AddAttribute(5, "class", InputBoxClass);
        builder.OpenElement(6, "input");
        builder.AddAttribute(7, "class", InputClass);
        builder.AddAttribute(8, "id", id);
        input(builder);
        builder.CloseElement();
        builder.OpenElement(30, "fieldset");
        builder.AddAttribute(31, "class", "mud-input-outlined-border");
        builder.OpenElement(32, "legend");
        builder.AddContent(33, label);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
        builder.OpenElement(34, "label");
        builder.AddAttribute(35, "class", LabelClass);
        builder.AddAttribute(36, "for", id);
        builder.AddContent(37, label);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    }
}
