using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace SiteGen.Server;

/// <summary>
/// Runs work on one thread of its own at a low CPU priority (nice 10 on Linux), parallel loops inside it included:
/// the site-wide rebuild uses it, so a save's page rebuild always gets the cores first.
/// </summary>
internal sealed partial class BackgroundScheduler : TaskScheduler, IDisposable
{
    private const int Nice = 10;

    private readonly BlockingCollection<Task> _tasks = [];
    private readonly Thread _thread;

    public BackgroundScheduler(string name)
    {
        _thread = new Thread(Work) { IsBackground = true, Name = name };
        _thread.Start();
    }

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Runs <paramref name="work"/> on the background thread.</summary>
    public Task<T> Run<T>(Func<T> work) => Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.None, this);

    private void Work()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = setpriority(0, gettid(), Nice);
        }

        foreach (var task in _tasks.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    protected override void QueueTask(Task task) => _tasks.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Thread.CurrentThread == _thread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _tasks.ToArray();

    public void Dispose() => _tasks.CompleteAdding();

    [LibraryImport("libc", SetLastError = true)]
    private static partial int setpriority(int which, int who, int priority);

    [LibraryImport("libc")]
    private static partial int gettid();
}
