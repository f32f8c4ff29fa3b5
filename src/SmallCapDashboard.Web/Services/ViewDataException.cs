namespace SmallCapDashboard.Web.Services;

/// <summary>The view cannot be built from the stored data (e.g. no data for the symbols asked for); the message says why.</summary>
public sealed class ViewDataException : Exception
{
    public ViewDataException()
    {
    }

    public ViewDataException(string message)
        : base(message)
    {
    }

    public ViewDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
