using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Store;

/// <summary>
/// Short links as <see cref="SavedView"/> rows. The id is a hash of the path, so it is the same on every instance
/// without asking the database first; the insert tolerates a concurrent insert of the same row (it re-reads and
/// finds its own path). Only a real hash collision (a different path under the same id) moves to the next salt.
/// </summary>
public sealed class SavedViewStore(IDbContextFactory<MarketDbContext> contexts, TimeProvider? clock = null) : ISavedViewStore
{
    /// <summary>Longest path and query stored (2 KB, the column's length).</summary>
    public const int MaxPathLength = 2048;

    /// <summary>Characters of an id.</summary>
    public const int IdLength = 10;

    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int MaxSalts = 8;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// True for a relative path (<c>/</c> first, never <c>//</c> or a backslash) of printable ASCII (no control
    /// characters, no spaces, nothing above 0x7E) of at most <see cref="MaxPathLength"/> characters.
    /// </summary>
    public static bool IsStorablePath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > MaxPathLength || path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in path)
        {
            if (c is < '!' or > '~' or '\\')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The id a path gets (with salt 0 unless it collided with another path).</summary>
    public static string IdFor(string pathAndQuery, int salt = 0)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(salt == 0 ? pathAndQuery : salt + "|" + pathAndQuery));
        var chars = new char[IdLength];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[hash[i] % Alphabet.Length];
        }

        return new string(chars);
    }

    /// <inheritdoc />
    public async Task<string> SaveAsync(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        if (!IsStorablePath(pathAndQuery))
        {
            throw new ArgumentException("a short link stores a relative path of printable ASCII, at most 2 KB", nameof(pathAndQuery));
        }

        for (var salt = 0; salt < MaxSalts; salt++)
        {
            var id = IdFor(pathAndQuery, salt);
            var existing = await FindAsync(id, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                var failure = await TryInsertAsync(id, pathAndQuery, cancellationToken).ConfigureAwait(false);
                if (failure is null)
                {
                    return id;
                }

                // Someone inserted this id between our read and our insert: usually the same path.
                existing = await FindAsync(id, cancellationToken).ConfigureAwait(false);
                if (existing is null)
                {
                    throw failure;
                }
            }

            if (string.Equals(existing, pathAndQuery, StringComparison.Ordinal))
            {
                return id;
            }
        }

        throw new InvalidOperationException($"no free short-link id for the path after {MaxSalts} tries");
    }

    /// <inheritdoc />
    public async Task<string?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 16)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.SavedViews.AsNoTracking().Where(v => v.Id == id).Select(v => v.Query)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts the row; the update error when it failed (a concurrent insert of the same id, or a real fault).</summary>
    private async Task<DbUpdateException?> TryInsertAsync(string id, string pathAndQuery, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.SavedViews.Add(new SavedView { Id = id, Query = pathAndQuery, CreatedUtc = _clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (DbUpdateException e)
        {
            return e;
        }
    }
}
