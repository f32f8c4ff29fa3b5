using Microsoft.EntityFrameworkCore;

namespace SmallCapDashboard.Data.Changes;

/// <summary>
/// The one data version every cache is keyed by: the id of the latest <c>ImportRun</c>. Every import, seed and sync
/// records one in the same transaction as its data, so the version changes exactly when stored data may have changed,
/// whichever process (CLI, another web instance) wrote it. Reading it costs one indexed <c>MAX(Id)</c>, done at most
/// once per <see cref="MaxAge"/> per process; a write in this process is seen at once (<see cref="Observe"/>).
/// </summary>
public sealed class DataVersion(IDbContextFactory<MarketDbContext> factory, TimeProvider? timeProvider = null)
{
    /// <summary>How long a read version is trusted before the store is asked again (bounds the staleness across instances).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _version = -1;
    private long _readAt;

    /// <summary>The current version; 0 for a store nothing was ever seeded or imported into.</summary>
    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _version) >= 0 && _time.GetElapsedTime(Volatile.Read(ref _readAt)) < MaxAge)
        {
            return Volatile.Read(ref _version);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _version) >= 0 && _time.GetElapsedTime(Volatile.Read(ref _readAt)) < MaxAge)
            {
                return Volatile.Read(ref _version);
            }

            var read = await ReadAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _version, Math.Max(read, Volatile.Read(ref _version)));
            Volatile.Write(ref _readAt, _time.GetTimestamp());
            return Volatile.Read(ref _version);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads the version from the store, bypassing the per-process memo.</summary>
    public async Task<long> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var latest = await db.ImportRuns.AsNoTracking().MaxAsync(r => (int?)r.Id, cancellationToken).ConfigureAwait(false);
        return latest ?? 0;
    }

    /// <summary>A write in this process committed <paramref name="version"/>: caches see it on their next read.</summary>
    public void Observe(long version)
    {
        long seen;
        do
        {
            seen = Volatile.Read(ref _version);
            if (seen >= version)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _version, version, seen) != seen);
    }
}
