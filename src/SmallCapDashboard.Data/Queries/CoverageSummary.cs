using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Queries;

/// <summary>What the store holds: one line per symbol plus the most recent import attempts.</summary>
public sealed record CoverageSummary(IReadOnlyList<SymbolCoverage> Symbols, IReadOnlyList<ImportRunInfo> RecentImports);

/// <summary>
/// Coverage of one symbol: its bars (first/last date, count, sources) and fund days, real and modelled counted apart.
/// </summary>
public sealed record SymbolCoverage(
    string Symbol,
    string Name,
    InstrumentKind Kind,
    SizeGroup SizeGroup,
    DateOnly? FirstBar,
    DateOnly? LastBar,
    int BarCount,
    IReadOnlyList<string> BarSources,
    int RealFundDays,
    int ModelledFundDays,
    DateOnly? FirstFundDay,
    DateOnly? LastFundDay,
    IReadOnlyList<string> FundDaySources);

/// <summary>One recorded import attempt.</summary>
public sealed record ImportRunInfo(
    int Id,
    string Kind,
    string Format,
    string File,
    string Symbols,
    int Rows,
    ImportStatus Status,
    string? Message,
    DateTime StartedUtc,
    double DurationMs);
