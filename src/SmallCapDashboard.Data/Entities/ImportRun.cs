namespace SmallCapDashboard.Data.Entities;

/// <summary>Outcome of an import attempt.</summary>
public enum ImportStatus
{
    /// <summary>Every row landed.</summary>
    Succeeded = 0,
    /// <summary>The file was refused; nothing of it landed.</summary>
    Refused = 1,
}

/// <summary>A record of one import attempt (successful or refused).</summary>
public class ImportRun
{
    public int Id { get; set; }

    /// <summary>What was imported: <c>bars</c>, <c>flows</c> or <c>seed</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>Detected or requested format (yahoo, stooq, eod, yfinance, proshares, long, bundle).</summary>
    public string Format { get; set; } = "";

    public required string File { get; set; }

    /// <summary>Symbols touched, comma separated.</summary>
    public string Symbols { get; set; } = "";

    /// <summary>Rows written (inserted or changed).</summary>
    public int Rows { get; set; }

    public ImportStatus Status { get; set; }

    /// <summary>The error (for a refusal) or a summary, plus warnings, one per line.</summary>
    public string? Message { get; set; }

    public DateTime StartedUtc { get; set; }

    public double DurationMs { get; set; }
}
