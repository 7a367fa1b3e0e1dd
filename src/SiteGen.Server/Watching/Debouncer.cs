namespace SiteGen.Server.Watching;

/// <summary>
/// Folds a burst of changes (an editor's save-rename-delete dance, a <c>git checkout</c>) into one: fires once the
/// changes have been quiet for <c>quiet</c>, or at the latest <c>longest</c> after the first of them.
/// </summary>
public sealed class Debouncer : IDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _longest;
    private readonly Action<IReadOnlyList<string>> _fire;
    private readonly Timer _timer;
    private DateTime _first;

    public Debouncer(TimeSpan quiet, TimeSpan longest, Action<IReadOnlyList<string>> fire)
    {
        (_quiet, _longest, _fire) = (quiet, longest, fire);
        _timer = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public void Add(string path)
    {
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                _first = DateTime.UtcNow;
            }

            _pending.Add(path);
            var left = _first + _longest - DateTime.UtcNow;
            _timer.Change(left < _quiet ? (left > TimeSpan.Zero ? left : TimeSpan.Zero) : _quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        string[] paths;
        lock (_gate)
        {
            paths = [.. _pending.Order(StringComparer.Ordinal)];
            _pending.Clear();
        }

        if (paths.Length > 0)
        {
            _fire(paths);
        }
    }

    public void Dispose() => _timer.Dispose();
}
