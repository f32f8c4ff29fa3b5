using Bunit;
using Microsoft.AspNetCore.Components;
using SmallCapDashboard.Web.Components.Shared;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Components.Shared;

/// <summary>The plain-markup controls that stand in for MudTextField, MudNumericField, MudToggleGroup and MudSwitch.</summary>
public class PlainControlsTests : DashboardContext
{
    private readonly List<object?> _raised = [];

    private EventCallback<T> Raise<T>() => EventCallback.Factory.Create<T>(this, v => _raised.Add(v));

    [Fact]
    public void TextField_Committed_RaisesTextAndLabelsTheInput()
    {
        var cut = Render(PlainControls.TextField("f-ma", "SMA", "10,50", Raise<string?>(), "ctl", "10,50,200", "ma-field"));

        var input = cut.Find("input[data-testid=ma-field]");
        Assert.Equal("10,50", input.GetAttribute("value"));
        Assert.Equal("f-ma", cut.Find("label").GetAttribute("for"));
        Assert.Equal("SMA", cut.Find("label").TextContent);
        input.Change("20,100");

        Assert.Equal(["20,100"], _raised);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("500", 100)]
    [InlineData("1", 2)]
    public void NumberField_Committed_RaisesTheNumberClamped(string typed, int expected)
    {
        var cut = Render(PlainControls.NumberField("f-rsi", "RSI", 14, 2, 100, Raise<int>(), "ctl"));

        cut.Find("input").Change(typed);

        Assert.Equal([expected], _raised);
    }

    [Fact]
    public void NumberField_NotANumberOrUnchanged_RaisesNothing()
    {
        var cut = Render(PlainControls.NumberField("f-rsi", "RSI", 14, 2, 100, Raise<int>(), "ctl"));

        cut.Find("input").Change("abc");
        cut.Find("input").Change("14");

        Assert.Empty(_raised);
        Assert.Equal("spinbutton", cut.Find("input").GetAttribute("role"));
        Assert.Equal("14", cut.Find("input").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void NumberField_KeysStayInTheBrowser_OnlyTheCommittedChangeReachesTheServer()
    {
        // dashboard.js steps the value on ArrowUp/ArrowDown and commits it as a change (IndicatorsBrowserTests).
        var cut = Render(PlainControls.NumberField("f-rsi", "RSI", 14, 2, 100, Raise<int>(), "ctl"));

        var input = cut.Find("input");
        Assert.Null(input.GetAttribute("blazor:onkeydown"));
        Assert.NotNull(input.GetAttribute("blazor:onchange"));
        Assert.Equal("2", input.GetAttribute("aria-valuemin"));
        Assert.Equal("100", input.GetAttribute("aria-valuemax"));
    }

    [Fact]
    public void ToggleGroup_ClickOtherItem_RaisesItsValueAndMarksTheChosenOne()
    {
        var cut = Render(PlainControls.ToggleGroup("Bar frequency", "d", [("d", "Daily"), ("w", "Weekly")], Raise<string>(), testId: "freq"));

        var items = cut.FindAll("[data-testid=freq] button.mud-toggle-item");
        Assert.Equal(["true", "false"], items.Select(b => b.GetAttribute("aria-checked")));
        Assert.Contains("mud-toggle-item-selected", items[0].ClassName, StringComparison.Ordinal);
        Assert.Equal("Bar frequency", cut.Find("[role=group]").GetAttribute("aria-label"));
        items[0].Click();
        items[1].Click();

        Assert.Equal(["w"], _raised);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Switch_Changed_RaisesTheNewState(bool on, bool expected)
    {
        var cut = Render(PlainControls.Switch("Log", on, Raise<bool>(), testId: "log"));

        var input = cut.Find("[data-testid=log] input[role=switch]");
        Assert.Equal(on ? "true" : "false", input.GetAttribute("aria-checked"));
        Assert.Equal(on, cut.Find(".mud-switch-track").ClassList.Contains("mud-primary"));
        Assert.Equal("Log", cut.Find(".mud-switch").TextContent.Trim());
        input.Change(expected);

        Assert.Equal([expected], _raised);
    }
}
