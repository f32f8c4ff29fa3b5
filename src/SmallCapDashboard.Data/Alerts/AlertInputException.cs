namespace SmallCapDashboard.Data.Alerts;

/// <summary>A rule that cannot be stored or run as given; the message is one line naming what is wrong.</summary>
public sealed class AlertInputException(string message) : Exception(message);
