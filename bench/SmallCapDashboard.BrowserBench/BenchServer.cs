using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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

        // A closed browser context's circuit is disposed at once instead of kept for reconnection (up to 100 for three
        // minutes by default): otherwise the circuits of earlier URLs sit in the memory baseline of later ones and
        // drop out in the middle of their measurement.
        builder.ConfigureServices(s => s.Configure<CircuitOptions>(o => o.DisconnectedCircuitMaxRetained = 0));
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
