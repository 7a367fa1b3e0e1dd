using System.Text.RegularExpressions;
using SiteGen.Core.Building;
using SiteGen.Core.Pages;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Templating;

/// <summary>The built pages' chrome, from the default theme: URLs that work at a domain root and under a sub-path.</summary>
public sealed class LayoutRendererTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Output => _folder.Combine("_site");

    private BuildResult Build(string scenario, string? baseUrl = "https://example.org/notes/") =>
        SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = Path.Combine(RepoPaths.FixtureSites, scenario, "input"),
            OutputDirectory = Output,
            ThemeDirectory = RepoPaths.DefaultTheme,
            BaseUrl = baseUrl,
        }.Resolve(_folder.Path));

    private IEnumerable<string> Pages() => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
        .Where(p => p != "404.html");

    private static IEnumerable<string> LocalUrls(string html) =>
        MainRegion.Parse(html).QuerySelectorAll("[href],[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => !Regex.IsMatch(u, "^[a-zA-Z][a-zA-Z0-9+.-]*:") && !u.StartsWith('#'));

    [Fact]
    public void Every_local_url_of_every_page_is_relative_so_the_site_works_under_a_sub_path()
    {
        Assert.True(Build("navigation-week-headings").Succeeded);

        var rooted = Pages().SelectMany(p => LocalUrls(File.ReadAllText(Path.Combine(Output, p))).Where(u => u.StartsWith('/')).Select(u => $"{p}: {u}")).ToList();

        Assert.Empty(rooted);
    }

    [Fact]
    public void Every_local_url_of_every_page_including_theme_assets_resolves()
    {
        Assert.True(Build("navigation-week-headings").Succeeded);

        var broken = new List<string>();
        foreach (var page in Pages())
        {
            foreach (var url in LocalUrls(File.ReadAllText(Path.Combine(Output, page))))
            {
                var target = PagePaths.Resolve(page, Uri.UnescapeDataString(url.Split('#')[0]));
                if (target is null || !File.Exists(Path.Combine(Output, target)))
                {
                    broken.Add($"{page}: {url}");
                }
            }
        }

        Assert.Empty(broken.Distinct());
    }

    [Fact]
    public void Not_found_page_links_from_the_base_url_path()
    {
        Assert.True(Build("navigation-week-headings").Succeeded);

        var html = File.ReadAllText(Path.Combine(Output, "404.html"));

        var urls = LocalUrls(html).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith("/notes/", u));
        Assert.Contains("/notes/docs/aci/aci.html", urls);
    }

    [Fact]
    public void Sitemap_lists_every_page_by_absolute_url()
    {
        Assert.True(Build("navigation-week-headings").Succeeded);

        var sitemap = File.ReadAllText(Path.Combine(Output, "sitemap.xml"));

        var locs = Regex.Matches(sitemap, "<loc>(.*?)</loc>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Pages().Order(StringComparer.Ordinal).Select(p => "https://example.org/notes/" + p), locs);
    }

    [Fact]
    public void No_sitemap_without_a_base_url()
    {
        Assert.True(Build("navigation-week-headings", baseUrl: null).Succeeded);

        Assert.False(File.Exists(Path.Combine(Output, "sitemap.xml")));
        Assert.All(LocalUrls(File.ReadAllText(Path.Combine(Output, "404.html"))), u => Assert.StartsWith("/", u));
    }

    [Fact]
    public void Lesson_page_has_one_breadcrumb_nav_and_no_back_to_lines()
    {
        Assert.True(Build("navigation-week-headings").Succeeded);

        var document = MainRegion.Parse(File.ReadAllText(Path.Combine(Output, "docs", "aci", "200-web", "W02Forms.html")));

        Assert.Single(document.QuerySelectorAll("nav[aria-label='Breadcrumb']"));
        Assert.DoesNotContain("back to", document.QuerySelector(".page-body")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Week 2: Forms", document.QuerySelector(".page-body h1")!.TextContent);
        Assert.Contains("Week 2: Forms", document.Title);
    }

    [Fact]
    public void Runtime_template_error_names_the_theme_file_and_line()
    {
        // Given a theme whose page layout includes a partial it does not have, on line 2
        var theme = _folder.Combine("theme");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.DefaultTheme, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(theme, Path.GetRelativePath(RepoPaths.DefaultTheme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        var layout = Path.Combine(theme, "layouts", "page.sbn");
        File.WriteAllText(layout, "<main>\n{{ include 'partials/missing.sbn' }}\n</main>\n");

        // When
        var result = SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = Path.Combine(RepoPaths.FixtureSites, "encoding", "input"),
            OutputDirectory = Output,
            ThemeDirectory = theme,
        }.Resolve(_folder.Path));

        // Then
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0601", error.Code);
        Assert.Equal(layout, error.Path);
        Assert.Equal(2, error.Line);
    }
}
