using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SiteGen.Core.Preview;
using SiteGen.Server.Live;
using SiteGen.Server.Serving;
using SiteGen.Server.Watching;

namespace SiteGen.Server;

/// <summary>
/// <c>sitegen serve</c>: builds the site into a folder of its own, serves it with Kestrel, and keeps it in step with
/// the input and the theme (file events, or polling when asked or when events fail), telling open pages to reload.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _output;
    private readonly IPreviewReport _report;
    private readonly Debouncer _debouncer;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _watching = new();
    private IChangeSource? _changes;
    private bool _stopped;

    private PreviewServer(WebApplication app, string output, PreviewSession session, LiveReloadHub hub, IPreviewReport report, Uri url,
        TimeSpan debounce)
    {
        (_app, _output, Session, Hub, _report, Url) = (app, output, session, hub, report, url);
        _debouncer = new Debouncer(debounce, TimeSpan.FromSeconds(1), session.Changed);
    }

    /// <summary>The address pages are served at, with the port actually bound.</summary>
    public Uri Url { get; }

    public PreviewSession Session { get; }

    public LiveReloadHub Hub { get; }

    /// <summary>The folder the site is built into and served from; deleted when the server stops.</summary>
    public string Output => _output;

    /// <summary>Whether the preview watches by polling (asked for, or fallen back to).</summary>
    public bool Polling { get; private set; }

    /// <summary>Binds the port, builds the site, starts watching. Throws <see cref="PortInUseException"/> when the port is taken.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewServerOptions options, IPreviewReport report, CancellationToken cancellationToken = default)
    {
        var address = ListenAddress.Parse(options.Host) ?? throw new ArgumentException($"'{options.Host}' is not an IP address or localhost");
        // A preview killed before it could delete its folder leaves it behind: remove those of processes gone.
        PreviewFolders.RemoveStale(Path.GetTempPath());
        var output = PreviewFolders.Create(Path.GetTempPath());
        var site = options.Site with { OutputDirectory = output, BodyEndHtml = LiveClient.BodyEndHtml };
        var hub = new LiveReloadHub();
        var builder = new IncrementalBuilder(site);
        var session = new PreviewSession(builder, hub, report);
        var stopping = new CancellationTokenSource();
        var built = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = CreateApp(output, hub, address, options.Port, built.Task, stopping.Token);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await app.DisposeAsync();
            Directory.Delete(output, recursive: true);
            throw new PortInUseException(options.Host, options.Port, e);
        }

        var bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new PreviewServer(app, output, session, hub, report, new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal) + "/"),
            options.Debounce);
        server._stopping.Token.Register(stopping.Cancel);
        try
        {
            session.Start();
        }
        finally
        {
            built.SetResult();
        }

        server.Watch(options, builder.SourceFolders);
        return server;
    }

    /// <remarks>
    /// The port is bound before the first build, so a taken port is reported at once; a page asked for while that
    /// build runs waits for it instead of getting a 404 from an empty folder.
    /// </remarks>
    private static WebApplication CreateApp(string output, LiveReloadHub hub, System.Net.IPAddress address, int port, Task built, CancellationToken stopping)
    {
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = output, Args = [] });
        web.Logging.ClearProviders();
        web.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        web.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        web.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });
        var app = web.Build();
        var files = new StaticSiteResponder(output);
        var events = new EventStreamEndpoint(hub, stopping);
        var hosts = new HostFilter(address);
        app.Run(async context =>
        {
            if (!hosts.Allows(context))
            {
                await HostFilter.Refuse(context);
            }
            else if (context.Request.Path.StartsWithSegments(LiveClient.EventsPath, StringComparison.Ordinal))
            {
                await events.Respond(context);
            }
            else if (!await LiveClient.TryRespond(context))
            {
                await built.WaitAsync(context.RequestAborted);
                await files.Respond(context);
            }
        });
        return app;
    }

    private void Watch(PreviewServerOptions options, IReadOnlyList<string> folders)
    {
        var ignored = new IgnoredFiles(_output);
        if (!options.Poll)
        {
            var events = new FileEventSource(folders, ignored);
            events.Failed += e => FallBackToPolling(folders, ignored, options.PollInterval, $"file events stopped ({e.Message})");
            try
            {
                Follow(events);
                return;
            }
            catch (Exception e) when (e is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                events.Dispose();
                _report.Problem($"file events are not available ({e.Message}); watching by polling instead");
            }
        }

        Polling = true;
        Follow(new PollingSource(folders, ignored, options.PollInterval));
    }

    private void Follow(IChangeSource changes)
    {
        _changes = changes;
        changes.Changed += _debouncer.Add;
        if (changes is PollingSource)
        {
            changes.Failed += e => _report.Problem($"watching the sources failed: {e.Message}");
        }

        changes.Start();
    }

    /// <summary>File events failed while running (an inotify overflow): poll from now on, and rebuild in case a change was lost.</summary>
    private void FallBackToPolling(IReadOnlyList<string> folders, IgnoredFiles ignored, TimeSpan interval, string why)
    {
        lock (_watching)
        {
            if (Polling || _stopped)
            {
                return;
            }

            _report.Problem($"{why}; watching by polling instead");
            _changes?.Dispose();
            Polling = true;
            Follow(new PollingSource(folders, ignored, interval));
        }

        Session.Changed([]);
    }

    /// <summary>Stops watching, ends open event streams, stops Kestrel and deletes the output folder.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _changes?.Dispose();
        _debouncer.Dispose();
        await _stopping.CancelAsync();
        Hub.Close();
        await _app.StopAsync();
        await Session.DisposeAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_output, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
