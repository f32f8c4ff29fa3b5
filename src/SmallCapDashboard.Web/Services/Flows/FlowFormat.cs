using System.Globalization;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>How money is printed on the flows and overview pages.</summary>
public static class FlowFormat
{
    /// <summary>US dollars in millions with two decimals and a true minus sign, e.g. "−$4,213.50M"; "—" when missing.</summary>
    public static string Money(double? value) => value is not { } x || !double.IsFinite(x) ? "—"
        : (x < 0 ? "−" : "") + "$" + (Math.Abs(x) / 1e6).ToString("#,0.00", CultureInfo.InvariantCulture) + "M";
}
