using System.ComponentModel.DataAnnotations;

namespace SmallCapDashboard.Web.Imports;

/// <summary>Browser uploads (section <c>Import</c>), validated on start.</summary>
public sealed class UploadOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Import";

    /// <summary>Largest file accepted from the browser, in megabytes (<c>Import:MaxUploadMegabytes</c>).</summary>
    [Range(1, 2_048)]
    public int MaxUploadMegabytes { get; set; } = 50;

    /// <summary>The limit in bytes.</summary>
    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
