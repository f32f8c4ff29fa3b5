using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using SmallCapDashboard.Testing;

namespace SmallCapDashboard.Web.Tests.Harness;

/// <summary>
/// The built web app (<c>src/SmallCapDashboard.Web/bin/…/SmallCapDashboard.Web.dll</c>) as its own process, on a port
/// the OS chooses; stdout and stderr are collected. Killed on dispose when still running.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_out)
            {
                _out.AppendLine(e.Data);
            }

            const string marker = "SmallCap Dashboard listening on ";
            if (e.Data.StartsWith(marker, StringComparison.Ordinal))
            {
                _url.TrySetResult(e.Data[marker.Length..].Trim());
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_err)
                {
                    _err.AppendLine(e.Data);
                }
            }
        };
    }

    public Process Process => _process;

    public string StandardOutput { get { lock (_out) { return _out.ToString(); } } }

    public string StandardError { get { lock (_err) { return _err.ToString(); } } }

    /// <summary>The web app's dll next to the test's build configuration.</summary>
    public static string AppDll
    {
        get
        {
            // tests/SmallCapDashboard.Web.Tests/bin/<Configuration>/net10.0/ → src/SmallCapDashboard.Web/bin/<Configuration>/net10.0/
            var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = tfm.Parent!.Name;
            return Path.Combine(RepoPaths.Root, "src", "SmallCapDashboard.Web", "bin", configuration, tfm.Name, "SmallCapDashboard.Web.dll");
        }
    }

    /// <summary>Starts the app with these environment variables (plus <c>ASPNETCORE_URLS=http://127.0.0.1:0</c>).</summary>
    public static WebProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { AppDll },
            WorkingDirectory = Path.GetDirectoryName(AppDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var web = new WebProcess(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return web;
    }

    /// <summary>The URL the app printed once it listens (fails when it exits first or takes longer than the bound).</summary>
    public async Task<string> UrlAsync(TimeSpan bound)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_url.Task, exited, Task.Delay(bound));
        if (first != _url.Task)
        {
            throw new InvalidOperationException($"the app did not start listening: stdout={StandardOutput} stderr={StandardError}");
        }

        return await _url.Task;
    }

    /// <summary>Sends SIGTERM (what a container runtime or systemd sends on stop).</summary>
    public void Terminate()
    {
        if (kill(_process.Id, 15) != 0)
        {
            throw new InvalidOperationException($"kill failed: {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Waits for the exit; false when still running after the bound.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan bound)
    {
        using var cts = new CancellationTokenSource(bound);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
