using System.CommandLine;
using SmallCapDashboard.Cli.Input;

namespace SmallCapDashboard.Cli.Commands;

/// <summary>
/// <c>sync --provider P --symbols A,B</c>: the planned online refresh. This build ships no online
/// provider, so the command validates its arguments and fails with one line, changing nothing.
/// </summary>
internal static class SyncCommand
{
    /// <summary>Providers the planned refresh will talk to.</summary>
    private static readonly string[] Providers = ["yahoo", "stooq", "eod", "proshares", "ishares"];

    public static Command Create(CliContext context)
    {
        var provider = new Option<string>("--provider")
        {
            Description = $"Online source to refresh from ({string.Join(", ", Providers)}).",
            Required = true,
        };
        var symbols = new Option<string>("--symbols")
        {
            Description = "Comma-separated symbols to refresh, e.g. IWM,SPY.",
            Required = true,
        };
        var command = new Command("sync", "Refresh bars and flows from an online provider (planned; not available offline).")
        {
            provider,
            symbols,
        };
        command.SetAction(int (result) =>
        {
            var name = result.GetValue(provider)!.Trim().ToLowerInvariant();
            if (!Providers.Contains(name))
            {
                throw new CliException($"--provider: '{name}' is not a provider (expected one of {string.Join(", ", Providers)}).");
            }

            var list = Symbols.List(result.GetValue(symbols), "--symbols");
            throw new CliException(
                $"sync: online refresh from {name} for {string.Join(',', list)} is not available in this build (planned; it needs network access); nothing was changed. Use 'smallcap import bars <file>' with a downloaded file instead.");
        });
        return command;
    }
}
