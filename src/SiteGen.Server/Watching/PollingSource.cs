using SiteGen.Core.Preview;

namespace SiteGen.Server.Watching;

/// <summary>
/// For file systems without change events (network shares, some containers): compares a snapshot of every file's
/// size and write time every <paramref name="interval"/>, and reports what differs.
/// </summary>
public sealed class PollingSource(IReadOnlyList<string> folders, IgnoredFiles ignored, TimeSpan interval) : IChangeSource
{
    private readonly Lock _gate = new();
    private Timer? _timer;
    private FileSnapshot _last = FileSnapshot.Empty;

    public event Action<string>? Changed;

    public event Action<Exception>? Failed;

    public void Start()
    {
        _last = Take();
        _timer = new Timer(_ => Poll(), null, interval, interval);
    }

    private void Poll()
    {
        if (!_gate.TryEnter())
        {
            return;
        }

        try
        {
            var now = Take();
            var changed = now.ChangedSince(_last);
            _last = now;
            foreach (var path in changed)
            {
                Changed?.Invoke(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failed?.Invoke(e);
        }
        finally
        {
            _gate.Exit();
        }
    }

    private FileSnapshot Take() => FileSnapshot.Take(folders, path => !ignored.IsIgnored(path));

    public void Dispose() => _timer?.Dispose();
}
