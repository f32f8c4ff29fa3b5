using System.Globalization;

namespace SmallCapDashboard.Web.Services.Flows;

/// <summary>How money is printed on the flows and overview pages.</summary>
public static class FlowFormat
{
    /// <summary>
    /// US dollars with a true minus sign: millions with two decimals from $1M ("−$4,213.50M"), thousands below
    /// ("$512.3K"); "—" when missing.
    /// </summary>
    public static string Money(double? value)
    {
        if (value is not { } x || !double.IsFinite(x))
        {
            return "—";
        }

        var a = Math.Abs(x);
        var text = a >= 1e6
            ? (a / 1e6).ToString("#,0.00", CultureInfo.InvariantCulture) + "M"
            : (a / 1e3).ToString("#,0.0", CultureInfo.InvariantCulture) + "K";
        return (x < 0 && text != "0.0K" ? "−" : "") + "$" + text;
    }
}
