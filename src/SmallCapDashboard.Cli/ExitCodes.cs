namespace SmallCapDashboard.Cli;

/// <summary>Process exit codes of the <c>smallcap</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command ran and failed (bad input, unknown symbol, refused import, database problem).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself could not be parsed (unknown command or option, missing argument).</summary>
    public const int Usage = 2;
}
