using System.Threading.Channels;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Preview;
using SiteGen.Server.Live;

namespace SiteGen.Server;

/// <summary>
/// Keeps a preview in step with its sources: on each batch of changes rebuilds the pages and tells open pages
/// (reload, new stylesheets, or the errors of a failed rebuild), then rebuilds the site-wide files on a loop of their
/// own, so a page's reload never waits for the search index. Changes arriving during a rebuild start one more.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly IncrementalBuilder _builder;
    private readonly LiveReloadHub _hub;
    private readonly IPreviewReport _report;
    private readonly Channel<bool> _pagesDue = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Channel<bool> _extrasDue = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly RebuildStep _pages = new();
    private readonly RebuildStep _extras = new();
    private readonly Lock _gate = new();
    private readonly BackgroundScheduler _background = new("sitegen site-wide rebuild");
    private Task _loops = Task.CompletedTask;
    private IReadOnlyList<string>? _stylesheetsSinceExtras;
    private bool _pagesSinceExtras;
    private int _rebuilds;
    private long _lastPagesRebuild;
    private bool _rebuilding;

    public PreviewSession(IncrementalBuilder builder, LiveReloadHub hub, IPreviewReport report)
    {
        (_builder, _hub, _report) = (builder, hub, report);
    }

    /// <summary>How long the pages must have been quiet before the site-wide files are rebuilt.</summary>
    public static readonly TimeSpan ExtrasQuiet = TimeSpan.FromMilliseconds(400);

    /// <summary>How many page rebuilds ran since the first build.</summary>
    public int Rebuilds => Volatile.Read(ref _rebuilds);

    /// <summary>Raised after every rebuild step, pages and site-wide files alike.</summary>
    public event Action<RebuildResult>? Rebuilt;

    /// <summary>Builds everything once, then starts following changes.</summary>
    public RebuildResult Start()
    {
        var first = _builder.Rebuild();
        Finish(_pages, first);
        if (first.Succeeded)
        {
            Finish(_extras, _builder.RebuildExtras()!);
        }

        _loops = Task.WhenAll(Task.Run(PagesLoop), Task.Run(ExtrasLoop));
        return first;
    }

    /// <summary>Sources changed (a debounced batch of paths): rebuild soon.</summary>
    public void Changed(IReadOnlyList<string> paths) => _pagesDue.Writer.TryWrite(true);

    private async Task PagesLoop()
    {
        await foreach (var _ in _pagesDue.Reader.ReadAllAsync())
        {
            Volatile.Write(ref _rebuilding, true);
            var result = Run(_pages, _builder.Rebuild);
            Volatile.Write(ref _lastPagesRebuild, Environment.TickCount64);
            Volatile.Write(ref _rebuilding, false);
            if (result is { Succeeded: true })
            {
                _extrasDue.Writer.TryWrite(true);
            }

            Interlocked.Increment(ref _rebuilds);
        }
    }

    /// <summary>
    /// Rebuilds the site-wide files once the pages have been quiet for <see cref="ExtrasQuiet"/>, and gives up
    /// between stages when more changes come: the search index and exports follow the editing, never hold it up.
    /// </summary>
    private async Task ExtrasLoop()
    {
        await foreach (var _ in _extrasDue.Reader.ReadAllAsync())
        {
            while (Environment.TickCount64 - Volatile.Read(ref _lastPagesRebuild) < ExtrasQuiet.TotalMilliseconds)
            {
                await Task.Delay(ExtrasQuiet);
            }

            // Given up for a newer pages rebuild: that one, when good, asks for the site-wide files again.
            await _background.Run(() => Run(_extras, () => _builder.RebuildExtras(PagesBusy)));
        }
    }

    /// <summary>A pages rebuild is running or due.</summary>
    private bool PagesBusy() => _pagesDue.Reader.Count > 0 || Volatile.Read(ref _rebuilding);

    private RebuildResult? Run(RebuildStep step, Func<RebuildResult?> rebuild)
    {
        try
        {
            var result = rebuild();
            if (result is not null)
            {
                Finish(step, result);
            }

            return result;
        }
        catch (Exception e)
        {
            _report.Problem($"the rebuild failed unexpectedly: {e.Message}");
            return null;
        }
    }

    private void Finish(RebuildStep step, RebuildResult result)
    {
        lock (_gate)
        {
            var before = step.Diagnostics.ToHashSet();
            _report.Rebuilt(result, [.. result.Diagnostics.Where(d => !before.Contains(d))]);
            var wasFailing = _pages.Failing || _extras.Failing;
            step.Diagnostics = result.Diagnostics;
            step.Failing = !result.Succeeded;
            if (_pages.Failing || _extras.Failing)
            {
                _hub.Publish(LiveEvent.Errors(Problems(_pages).Concat(Problems(_extras))));
            }
            else
            {
                if (wasFailing)
                {
                    _hub.Publish(LiveEvent.Ok());
                }

                Announce(step, result);
            }
        }

        Rebuilt?.Invoke(result);
    }

    /// <summary>
    /// Tells open pages what a good step changed: new stylesheets when the pages rebuild changed only them (and the
    /// site-wide files that follow such rebuilds are only restyled too), a reload naming the changed files otherwise.
    /// </summary>
    private void Announce(RebuildStep step, RebuildResult result)
    {
        var stylesheets = result.Stylesheets;
        if (step == _pages)
        {
            _stylesheetsSinceExtras = _pagesSinceExtras && _stylesheetsSinceExtras is null ? null : stylesheets;
            _pagesSinceExtras = true;
        }
        else
        {
            stylesheets = _pagesSinceExtras ? _stylesheetsSinceExtras : null;
            (_pagesSinceExtras, _stylesheetsSinceExtras) = (false, null);
        }

        if (stylesheets is not null)
        {
            _hub.Publish(LiveEvent.Css(stylesheets));
        }
        else if (result.Written.Count > 0)
        {
            _hub.Publish(LiveEvent.Reload(result.Written));
        }
    }

    /// <summary>What failed a step: its errors, or under --strict its warnings too.</summary>
    private static IEnumerable<Diagnostic> Problems(RebuildStep step) =>
        !step.Failing ? [] : step.Diagnostics.Any(d => d.IsError) ? step.Diagnostics.Where(d => d.IsError) : step.Diagnostics;

    public async ValueTask DisposeAsync()
    {
        _pagesDue.Writer.TryComplete();
        _extrasDue.Writer.TryComplete();
        await _loops;
        _background.Dispose();
    }
}
