namespace SmallCapDashboard.Data.Hosting;

/// <summary>The database engine behind the market store.</summary>
public enum MarketDataProvider
{
    /// <summary>An embedded SQLite file (the default; WAL mode). Created and migrated on first use.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server (several web instances). Migrated only by <c>smallcap db migrate</c>.</summary>
    Postgres = 1,
}
