using SiteGen.Core.Building;
using SiteGen.Server;

namespace SiteGen.Server.Tests.TestSupport;

/// <summary>
/// A temporary copy of a fixture site (tests/fixtures/sites/&lt;scenario&gt;/input) served by a real
/// <see cref="PreviewServer"/> on an ephemeral loopback port, with an HTTP client pointed at it.
/// </summary>
internal sealed class ServedSite : IAsyncDisposable
{
    private readonly TempFolder _folder = new();

    private ServedSite(string scenario) => CopyTree(Path.Combine(RepoPaths.FixtureSites, scenario, "input"), Input);

    public const string Scenario = "navigation-week-headings";

    public const string Lesson = "docs/aci/200-web/W01Html.md";

    public string Input => _folder.Combine("input");

    public PreviewServer Server { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public RecordingReport Report { get; } = new();

    public static async Task<ServedSite> Start(string scenario = Scenario, bool poll = false, TimeSpan? debounce = null)
    {
        var site = new ServedSite(scenario);
        var options = new PreviewServerOptions
        {
            Site = new SiteOptions { InputDirectory = site.Input, ThemeDirectory = RepoPaths.DefaultTheme }.Resolve(site._folder.Path),
            Port = 0,
            Poll = poll,
            PollInterval = TimeSpan.FromMilliseconds(100),
            Debounce = debounce ?? TimeSpan.FromMilliseconds(60),
        };
        site.Server = await PreviewServer.StartAsync(options, site.Report);
        site.Http = new HttpClient { BaseAddress = site.Server.Url, Timeout = TimeSpan.FromSeconds(10) };
        return site;
    }

    /// <summary>Writes a file of the input ('/'-separated path), as an editor saving it would.</summary>
    public void Write(string relativePath, string content) => File.WriteAllText(InputPath(relativePath), content);

    public string Read(string relativePath) => File.ReadAllText(InputPath(relativePath));

    public string InputPath(string relativePath) => Path.Combine([Input, .. relativePath.Split('/')]);

    public Task<EventStream> Events() => EventStream.Open(Http);

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        _folder.Dispose();
    }
}
