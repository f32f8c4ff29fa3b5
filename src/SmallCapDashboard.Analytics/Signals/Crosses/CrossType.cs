namespace SmallCapDashboard.Analytics.Signals;

/// <summary>Direction of a moving-average cross.</summary>
public enum CrossType
{
    /// <summary>The fast average turns from below the slow one to above it (fast − slow turns positive).</summary>
    Golden,

    /// <summary>The fast average turns from above the slow one to below it (fast − slow turns negative).</summary>
    Death,
}
