namespace SmallCapDashboard.Analytics.Signals;

/// <summary>Forward-return horizons in calendar months (the value is the number of months).</summary>
public enum ForwardHorizon
{
    /// <summary>One calendar month.</summary>
    OneMonth = 1,

    /// <summary>Three calendar months.</summary>
    ThreeMonths = 3,

    /// <summary>Six calendar months.</summary>
    SixMonths = 6,
}
