using Spectre.Console;

namespace SmallCapDashboard.Cli;

/// <summary>
/// Spectre.Console progress for long work, drawn on stderr so stdout stays clean (<c>--out -</c> CSV).
/// When stderr is not a terminal the work runs without a live display.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with one progress task titled <paramref name="title"/>.</summary>
    public static async Task<T> RunAsync<T>(CliContext context, string title, Func<ProgressReporter, Task<T>> work)
    {
        if (!context.Progress.Profile.Capabilities.Interactive)
        {
            return await work(new ProgressReporter(null));
        }

        return await context.Progress.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title));
                task.IsIndeterminate = true;
                var result = await work(new ProgressReporter(task));
                task.StopTask();
                return result;
            });
    }
}
