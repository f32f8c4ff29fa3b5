namespace SmallCapDashboard.Testing;

/// <summary>
/// Locates the repository root (the folder holding SmallCapDashboard.sln) and the shared data
/// folder beside it (<c>../shared</c>, or <c>SMALLCAP_SHARED</c> when set).
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Shared =>
        Environment.GetEnvironmentVariable("SMALLCAP_SHARED") is { Length: > 0 } s
            ? s
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A file under <c>../shared/data</c>, e.g. <c>SharedData("reference", "SYNA", "bars.csv")</c>.</summary>
    public static string SharedData(params string[] parts) =>
        Path.Combine([Shared, "data", .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmallCapDashboard.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException(
            "Cannot find SmallCapDashboard.sln above " + AppContext.BaseDirectory);
    }
}
