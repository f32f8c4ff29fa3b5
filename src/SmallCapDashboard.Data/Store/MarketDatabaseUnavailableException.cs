namespace SmallCapDashboard.Data.Store;

/// <summary>The market database cannot be reached or opened; the message names it (never with a password) and the cause.</summary>
public sealed class MarketDatabaseUnavailableException : Exception
{
    public MarketDatabaseUnavailableException(string database, Exception innerException)
        : base($"Cannot open the market database {database}: {innerException?.Message}", innerException)
    {
    }

    public MarketDatabaseUnavailableException()
    {
    }

    public MarketDatabaseUnavailableException(string message)
        : base(message)
    {
    }
}
