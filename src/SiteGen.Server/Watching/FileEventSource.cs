namespace SiteGen.Server.Watching;

/// <summary>The file system's change events (inotify on Linux) for the source folders, with <see cref="IgnoredFiles"/> left out.</summary>
public sealed class FileEventSource(IReadOnlyList<string> folders, IgnoredFiles ignored) : IChangeSource
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public event Action<string>? Changed;

    public event Action<Exception>? Failed;

    public void Start()
    {
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Report(e.OldFullPath);
                Report(e.FullPath);
            };
            watcher.Error += (_, e) => Failed?.Invoke(e.GetException());
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Report(string path)
    {
        if (!ignored.IsIgnored(path))
        {
            Changed?.Invoke(path);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
    }
}
