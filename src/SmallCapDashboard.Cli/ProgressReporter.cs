using Spectre.Console;

namespace SmallCapDashboard.Cli;

/// <summary>Updates the progress task (if any) synchronously from whatever thread reports.</summary>
internal sealed class ProgressReporter(ProgressTask? task)
{
    /// <summary>Shows <paramref name="description"/> with <paramref name="done"/> of <paramref name="total"/> steps.</summary>
    public void Report(string description, double done, double total)
    {
        if (task is null)
        {
            return;
        }

        task.Description = Markup.Escape(description);
        if (total > 0)
        {
            task.IsIndeterminate = false;
            task.MaxValue = total;
            task.Value = Math.Min(done, total);
        }
    }

    /// <summary>An <see cref="IProgress{T}"/> that forwards each report at once (no synchronisation context).</summary>
    public IProgress<T> For<T>(Action<ProgressReporter, T> map) => new Inline<T>(value => map(this, value));

    private sealed class Inline<T>(Action<T> handler) : IProgress<T>
    {
        public void Report(T value) => handler(value);
    }
}
