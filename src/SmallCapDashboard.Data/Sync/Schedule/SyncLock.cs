using Medallion.Threading.Postgres;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Data.Sync.Schedule;

/// <summary>
/// Who may refresh now. On PostgreSQL a session-level advisory lock (DistributedLock.Postgres), so of several web
/// instances exactly one refreshes; on SQLite (one process per file) an in-process gate.
/// </summary>
public sealed class SyncLock(IOptions<MarketDataOptions> options)
{
    private const string LockName = "smallcap-dashboard:sync";
    private readonly SemaphoreSlim _local = new(1, 1);

    /// <summary>The held lock, or null at once when another refresh (here or on another instance) holds it.</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        if (!await _local.WaitAsync(0, cancellationToken))
        {
            return null;
        }

        try
        {
            var o = options.Value;
            if (o.Provider != MarketDataProvider.Postgres)
            {
                return new Release(_local, null);
            }

            var distributed = new PostgresDistributedLock(new PostgresAdvisoryLockKey(LockName, allowHashing: true), o.ConnectionString!);
            var handle = await distributed.TryAcquireAsync(TimeSpan.Zero, cancellationToken);
            if (handle is null)
            {
                _local.Release();
                return null;
            }

            return new Release(_local, handle);
        }
        catch
        {
            _local.Release();
            throw;
        }
    }

    private sealed class Release(SemaphoreSlim local, IAsyncDisposable? inner) : IAsyncDisposable
    {
        private int _done;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _done, 1) == 1)
            {
                return;
            }

            try
            {
                if (inner is not null)
                {
                    await inner.DisposeAsync();
                }
            }
            finally
            {
                local.Release();
            }
        }
    }
}
