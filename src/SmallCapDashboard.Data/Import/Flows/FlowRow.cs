namespace SmallCapDashboard.Data.Import.Flows;

/// <summary>A flow-file row as read: reported flow, or shares and NAV to derive it from.</summary>
internal readonly record struct FlowRow(
    int Line,
    string Symbol,
    DateOnly Date,
    double? Shares,
    double? Nav,
    double? ReportedFlow,
    double? ReportedAum)
{
    public bool SameValues(in FlowRow o) =>
        Shares == o.Shares && Nav == o.Nav && ReportedFlow == o.ReportedFlow && ReportedAum == o.ReportedAum;
}
