using Microsoft.Playwright;
using SiteGen.Browser.Tests.Infrastructure;
using SiteGen.Core.Building;

namespace SiteGen.Browser.Tests.Search;

/// <summary>
/// Builds the repository's <c>input/</c> notes with the default theme into a temporary folder once, and starts
/// Debian's Chromium headless; pages are opened by file:// URL, as a reader opening a copy of the site would.
/// </summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public string Site { get; } = Path.Combine(Path.GetTempPath(), "sitegen-search-" + Guid.NewGuid().ToString("N"));

    public IBrowser Browser => _browser.Browser;

    public static string RepositoryRoot => SiteFixture.RepoRoot;

    public string Url(string page) => new Uri(Path.Combine(Site, page)).AbsoluteUri;

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot;
        var options = new SiteOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            OutputDirectory = Site,
            ThemeDirectory = Path.Combine(root, "themes", "default"),
        }.Resolve(root);
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        await _browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        if (Directory.Exists(Site))
        {
            Directory.Delete(Site, recursive: true);
        }
    }
}
