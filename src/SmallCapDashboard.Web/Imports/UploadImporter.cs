using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Import;

namespace SmallCapDashboard.Web.Imports;

/// <summary>
/// Imports a file uploaded from the browser through the store's one strict path: the stream is written to a temporary
/// file under its own (sanitised) name, then <see cref="ImportService.ImportAsync"/> detects the kind (bars, flows, and
/// every kind added to <see cref="ImportKinds"/>) exactly as <c>smallcap import</c> reads it. Signed-out callers and
/// files above <see cref="UploadOptions.MaxUploadMegabytes"/> are refused before anything is read or stored.
/// </summary>
public sealed class UploadImporter(ImportService imports, IOptions<UploadOptions> options, ILogger<UploadImporter> log)
{
    private const int ChunkBytes = 81_920;

    /// <summary>The upload limit in bytes.</summary>
    public long MaxBytes => options.Value.MaxUploadBytes;

    /// <summary>The refusal for a file above the limit, or null when it fits.</summary>
    public string? TooLarge(string fileName, long size) => size <= MaxBytes
        ? null
        : string.Create(CultureInfo.InvariantCulture,
            $"{SafeName(fileName)} is {size / 1024d / 1024d:0.0} MB; the upload limit is {options.Value.MaxUploadMegabytes} MB (setting Import:MaxUploadMegabytes). Nothing was imported.");

    /// <summary>
    /// Writes <paramref name="content"/> to a temporary file and imports it. <paramref name="progress"/> receives the
    /// fraction uploaded (0..1). Refusals (signed out, too large, a bad file) come back as a Refused result or as the
    /// returned message; nothing throws for bad input. <paramref name="symbol"/> is the import's symbol as
    /// <c>--symbol</c> (an issuer file whose fund name is not in the catalogue needs one); null = from the file.
    /// </summary>
    public async Task<UploadOutcome> ImportAsync(
        ClaimsPrincipal user, string fileName, long size, Func<long, Stream> open, IProgress<double>? progress, string? symbol, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return UploadOutcome.Refused("Sign in to import files.");
        }

        if (TooLarge(fileName, size) is { } tooLarge)
        {
            return UploadOutcome.Refused(tooLarge);
        }

        var folder = Path.Combine(Path.GetTempPath(), "smallcap-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, SafeName(fileName));
            await using (var source = open(MaxBytes))
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, ChunkBytes, useAsync: true))
            {
                var buffer = new byte[ChunkBytes];
                long done = 0;
                int read;
                while ((read = await source.ReadAsync(buffer, ct)) > 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                    done += read;
                    progress?.Report(size > 0 ? Math.Min(1, (double)done / size) : 1);
                }
            }

            log.LogInformation("Importing upload {File} ({Bytes} bytes) as {Symbol} for {User}", Path.GetFileName(path), size, symbol ?? "(from the file)", user.Identity.Name);
            var result = await imports.ImportAsync(path, new FileImportOptions { Symbol = string.IsNullOrWhiteSpace(symbol) ? null : symbol.Trim() }, ct);
            return new UploadOutcome(result, result.Succeeded ? null : result.Error);
        }
        catch (IOException e) when (!ct.IsCancellationRequested)
        {
            // The browser stream ended early or exceeded the limit while reading.
            return UploadOutcome.Refused($"{SafeName(fileName)}: the upload did not complete ({e.Message}). Nothing was imported.");
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; the OS cleans the temp directory.
            }
        }
    }

    /// <summary>The file name without folders, with anything but letters, digits, <c>-_.^=</c> replaced (the importer reads the symbol from it).</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '^' or '=' ? c : '_').ToArray();
        var safe = new string(chars).Trim('.');
        if (safe.Length > 100)
        {
            safe = safe[..100];
        }

        return safe.Length == 0 ? "upload.csv" : safe;
    }
}

/// <summary>What an upload did: the import's result, or only a refusal message when it never reached the importer.</summary>
/// <param name="Result">The import's result (Succeeded or Refused), null when refused before importing.</param>
/// <param name="Error">The one-line refusal, or null.</param>
public sealed record UploadOutcome(ImportResult? Result, string? Error)
{
    public bool Succeeded => Result?.Succeeded == true;

    /// <summary>True when the file was refused because its fund name is not in the catalogue: retrying with a symbol can succeed.</summary>
    public bool NeedsSymbol => Result?.RefusedField == ImportException.FundNameField;

    public static UploadOutcome Refused(string message) => new(null, message);
}

/// <summary>Registration of the browser upload.</summary>
public static class UploadRegistration
{
    /// <summary>Binds <see cref="UploadOptions"/> and registers <see cref="UploadImporter"/>.</summary>
    public static IServiceCollection AddUploads(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UploadImporter>();
        return services;
    }
}
