using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Queries;

/// <summary>Catalogue metadata of one instrument.</summary>
public sealed record InstrumentInfo(
    int Id,
    string Symbol,
    string Name,
    InstrumentKind Kind,
    double Leverage,
    string? Benchmark,
    SizeGroup SizeGroup,
    string? Issuer);
