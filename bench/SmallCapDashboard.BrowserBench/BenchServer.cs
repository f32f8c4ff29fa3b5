using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SmallCapDashboard.BrowserBench;

/// <summary>The app on Kestrel (port 0) over a temporary SQLite file it creates and seeds from the bundle.</summary>
internal sealed class BenchServer(string file) : WebApplicationFactory<global::Program>
{
    private readonly string _file = file;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseContentRoot(WebProjectFolder());
        builder.UseSetting("ConnectionStrings:Market", _file);
    }

    private static string WebProjectFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SmallCapDashboard.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Run the bench from inside the repository."), "src", "SmallCapDashboard.Web");
    }

    public new void StartServer()
    {
        UseKestrel(0);
        base.StartServer();
    }
}
