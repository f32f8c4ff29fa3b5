namespace SmallCapDashboard.Cli;

/// <summary>
/// A failure the user can act on: its message is printed as the single line on stderr and the
/// command exits with <see cref="ExitCodes.Failure"/>. Messages name what was wrong and where.
/// </summary>
internal sealed class CliException(string message) : Exception(message);
