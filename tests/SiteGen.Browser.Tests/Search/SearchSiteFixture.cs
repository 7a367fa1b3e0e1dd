using Microsoft.Playwright;
using SiteGen.Core.Building;

namespace SiteGen.Browser.Tests.Search;

/// <summary>
/// Builds the repository's <c>input/</c> notes with the default theme into a temporary folder once, and starts
/// Debian's Chromium headless; pages are opened by file:// URL, as a reader opening a copy of the site would.
/// </summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public string Site { get; } = Path.Combine(Path.GetTempPath(), "sitegen-search-" + Guid.NewGuid().ToString("N"));

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
        }
    }

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

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Directory.Exists(Site))
        {
            Directory.Delete(Site, recursive: true);
        }
    }
}
