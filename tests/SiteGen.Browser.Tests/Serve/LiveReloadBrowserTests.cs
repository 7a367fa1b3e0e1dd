using Microsoft.Playwright;
using SiteGen.Browser.Tests.Infrastructure;
using SiteGen.Core.Building;
using SiteGen.Server;

namespace SiteGen.Browser.Tests.Serve;

/// <summary>A page open in Chromium follows `sitegen serve`: it reloads by itself after its Markdown is saved, and shows build errors over itself.</summary>
public sealed class LiveReloadBrowserTests : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Lesson = "docs/aci/200-web/W01Html.md";
    private const string Page = "docs/aci/200-web/W01Html.html";

    private readonly BrowserFixture _browser;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-browser-serve-" + Guid.NewGuid().ToString("N"));
    private PreviewServer _server = null!;

    public LiveReloadBrowserTests(BrowserFixture browser) => _browser = browser;

    private string Input => Path.Combine(_folder, "input");

    public async Task InitializeAsync()
    {
        var fixture = Path.Combine(SiteFixture.RepoRoot, "tests", "fixtures", "sites", "navigation-week-headings", "input");
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Input, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        _server = await PreviewServer.StartAsync(new PreviewServerOptions
        {
            Site = new SiteOptions { InputDirectory = Input, ThemeDirectory = Path.Combine(SiteFixture.RepoRoot, "themes", "default") }.Resolve(_folder),
            Port = 0,
        }, new SilentReport());
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<IPage> OpenFollowing(string path)
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_server.Url, path).AbsoluteUri);
        await page.WaitForFunctionAsync("() => window.sitegenLive && window.sitegenLive.readyState === 1");
        return page;
    }

    [Fact]
    public async Task The_page_reloads_by_itself_after_its_markdown_is_edited()
    {
        var page = await OpenFollowing(Page);
        await page.EvaluateAsync("() => { window.beforeTheEdit = true; }");

        var path = Path.Combine(Input, Lesson);
        await File.WriteAllTextAsync(path, await File.ReadAllTextAsync(path) + "\nThis sentence was typed during the preview.\n");

        await page.GetByText("This sentence was typed during the preview.").WaitForAsync(new() { Timeout = 10_000 });
        Assert.False(await page.EvaluateAsync<bool>("() => window.beforeTheEdit === true"));
    }

    [Fact]
    public async Task A_template_error_shows_over_the_page_until_it_is_fixed()
    {
        var page = await OpenFollowing(Page);
        var pager = Path.Combine(Input, "_theme", "partials", "pager.sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(pager)!);

        await File.WriteAllTextAsync(pager, "{{ if page.previous }}\n<nav>\n");

        var overlay = page.Locator("#sitegen-errors");
        await overlay.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Contains("SG0601", await overlay.InnerTextAsync());
        Assert.Equal("alert", await overlay.GetAttributeAsync("role"));

        File.Delete(pager);

        await overlay.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
    }

    [Fact]
    public async Task A_stylesheet_change_restyles_the_page_without_reloading_it()
    {
        var page = await OpenFollowing(Page);
        await page.EvaluateAsync("() => { window.beforeTheEdit = true; }");
        var css = await File.ReadAllTextAsync(Path.Combine(SiteFixture.RepoRoot, "themes", "default", "assets", "css", "site.css"));
        var overrides = Path.Combine(Input, "_theme", "assets", "css");
        Directory.CreateDirectory(overrides);

        await File.WriteAllTextAsync(Path.Combine(overrides, "site.css"), css + "\nbody { border-top: 7px solid rgb(1, 2, 3); }\n");

        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).borderTopWidth === '7px'", null, new() { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.beforeTheEdit === true"));
    }
}
