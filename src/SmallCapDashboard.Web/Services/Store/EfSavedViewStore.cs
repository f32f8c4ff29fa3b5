using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Web.Services.Store;

/// <summary>Short links as <see cref="SavedView"/> rows; the id is derived from the query so saving twice reuses it.</summary>
public sealed class EfSavedViewStore(IDbContextFactory<MarketDbContext> contexts, TimeProvider clock) : ISavedViewStore
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <inheritdoc />
    public async Task<string> SaveAsync(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        for (var salt = 0; ; salt++)
        {
            var id = IdFor(pathAndQuery, salt);
            var existing = await db.SavedViews.AsNoTracking().Where(v => v.Id == id).Select(v => v.Query)
                .FirstOrDefaultAsync(cancellationToken);
            if (existing == pathAndQuery)
            {
                return id;
            }

            if (existing is null)
            {
                db.SavedViews.Add(new SavedView { Id = id, Query = pathAndQuery, CreatedUtc = clock.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync(cancellationToken);
                return id;
            }
        }
    }

    /// <inheritdoc />
    public async Task<string?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SavedViews.AsNoTracking().Where(v => v.Id == id).Select(v => v.Query).FirstOrDefaultAsync(cancellationToken);
    }

    private static string IdFor(string query, int salt)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(salt + "|" + query));
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[hash[i] % Alphabet.Length];
        }

        return new string(chars);
    }
}
