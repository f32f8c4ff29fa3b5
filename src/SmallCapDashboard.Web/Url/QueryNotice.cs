namespace SmallCapDashboard.Web.Url;

/// <summary>A visible notice about a URL parameter that was ignored or replaced by its default.</summary>
/// <param name="Parameter">The parameter name as it appeared in the URL.</param>
/// <param name="Message">What was wrong and what is shown instead.</param>
public sealed record QueryNotice(string Parameter, string Message)
{
    /// <summary>One line for the page, naming the parameter.</summary>
    public string Text => $"Parameter '{Parameter}': {Message}";
}
