namespace SmallCapDashboard.Analytics.Alerts;

/// <summary>A rule text that does not follow the grammar; the message is one line naming the part that is wrong.</summary>
public sealed class AlertRuleFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line naming the rule and the wrong part.</param>
    public AlertRuleFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception (serialisation-friendly constructor set).</summary>
    public AlertRuleFormatException()
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    /// <param name="message">One line naming the rule and the wrong part.</param>
    /// <param name="innerException">The cause.</param>
    public AlertRuleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
