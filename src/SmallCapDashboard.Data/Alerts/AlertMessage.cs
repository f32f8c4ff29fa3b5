using System.Globalization;
using System.Text.Json.Serialization;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Alerts;

/// <summary>
/// What a webhook receives as JSON (and an e-mail says in words):
/// <c>{"rule":"death:10/50","name":"…","symbol":"IWM","event":"death","description":"…","date":"2025-12-01","value":231.4,"basis":"price","link":"…","modelled":false,"test":false}</c>.
/// </summary>
public sealed record AlertMessage(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("basis")] string Basis,
    [property: JsonPropertyName("link")] string Link,
    [property: JsonPropertyName("modelled")] bool Modelled,
    [property: JsonPropertyName("test")] bool Test = false)
{
    /// <summary>The message of a recorded event.</summary>
    public static AlertMessage From(AlertEvent e, AlertRule rule, string? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(rule);
        return new AlertMessage(
            rule.Rule, rule.Name, rule.Symbol, e.Kind, e.Description, e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Value,
            BasisName(e.Basis), AlertLinks.Absolute(e.Link, baseUrl), e.Modelled);
    }

    /// <summary>The URL contract's name of a basis.</summary>
    public static string BasisName(PriceBasis basis) => basis == PriceBasis.Total ? "total" : "price";

    /// <summary>E-mail subject.</summary>
    public string Subject => $"{(Test ? "[test] " : "")}{Symbol} {Rule}: {Event} on {Date}";

    /// <summary>E-mail body (plain text).</summary>
    public string Body =>
        $"{Name}\n\n{Symbol} {Rule} fired on {Date}: {Description}\nValue: {Value.ToString("R", CultureInfo.InvariantCulture)} ({Basis} basis){(Modelled ? "; includes MODELLED flows" : "")}\n\n{Link}\n"
        + (Test ? "\nThis is a test message sent by 'smallcap alerts test'.\n" : "");
}
