namespace SmallCapDashboard.Data.Sync;

/// <summary>
/// A download that produced nothing to import (unknown symbol, HTTP error, HTML instead of data, a truncated or
/// malformed body, a timeout). The message is one line naming the provider and the symbol.
/// </summary>
public sealed class SyncException(string message, Exception? inner = null) : Exception(message, inner);
