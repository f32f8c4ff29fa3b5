using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Data.Tests.Import.Issuers;

/// <summary>Hand-made issuer files in the issuers' exact shapes (Fixtures/Issuers) and the shared synthetic workbook.</summary>
internal static class IssuerFixtures
{
    public static string Path(string name) =>
        System.IO.Path.Combine(RepoPaths.Root, "tests", "SmallCapDashboard.Data.Tests", "Fixtures", "Issuers", name);

    public static string IwmWorkbook => Path("iShares-Russell-2000-ETF_fund.xls");

    public static string SharedWorkbook => RepoPaths.SharedData("issuer", "iShares-Example-Small-Cap-ETF_fund.xls");
}
