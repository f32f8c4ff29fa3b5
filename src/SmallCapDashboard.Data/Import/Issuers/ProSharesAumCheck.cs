using SmallCapDashboard.Data.Import.Flows;

namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>
/// ProShares historical NAV files adjust <c>NAV</c> and <c>Shares Outstanding (000)</c> back for reverse splits,
/// so on the older rows shares × NAV no longer gives the fund's size; <c>Assets Under Management</c> is not
/// adjusted. Each row is checked against it: where shares × NAV and AUM disagree by more than 1%, shares are
/// derived as AUM ÷ NAV (so flows stay consistent with the adjusted NAV), with one warning per file.
/// </summary>
internal static class ProSharesAumCheck
{
    public const double Tolerance = 0.01;

    public static void Apply(List<FlowRow> rows, string file, List<string> warnings)
    {
        var fixedRows = 0;
        var firstLine = 0;
        var worst = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r is not { Shares: { } shares, Nav: { } nav, ReportedAum: { } aum } || aum <= 0 || nav <= 0)
            {
                continue;
            }

            var gap = Math.Abs(shares * nav - aum) / aum;
            if (gap <= Tolerance)
            {
                continue;
            }

            rows[i] = r with { Shares = aum / nav };
            fixedRows++;
            firstLine = firstLine == 0 ? r.Line : Math.Min(firstLine, r.Line);
            worst = Math.Max(worst, gap);
        }

        if (fixedRows > 0)
        {
            warnings.Add($"{file}: {fixedRows} row(s) where Shares Outstanding × NAV differs from Assets Under Management by more than 1% "
                + $"(up to {worst:P0}; reverse-split adjusted), first on line {firstLine}: shares derived as AUM ÷ NAV");
        }
    }
}
