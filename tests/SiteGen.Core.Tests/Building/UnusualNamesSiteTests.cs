using System.Text.Json;
using AngleSharp.Dom;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// A course whose file names hold quotes, angle brackets, <c>#</c>, <c>?</c>, <c>%</c>, a backslash, spaces and
/// non-Latin letters: every link of the built site leads to a file that exists, and no name breaks out of its attribute.
/// </summary>
public sealed class UnusualNamesSiteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Input => _folder.Combine("input");

    private string Output => _folder.Combine("_site");

    public void Dispose() => _folder.Dispose();

    private BuildResult Build()
    {
        UnusualNames.Write(Input);
        return SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = Input,
            OutputDirectory = Output,
            ThemeDirectory = RepoPaths.DefaultTheme,
            BaseUrl = "https://example.org/notes/",
        }.Resolve(_folder.Path));
    }

    private IEnumerable<(string Path, IDocument Html)> Pages() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(Output, f), MainRegion.Parse(File.ReadAllText(f))));

    [Fact]
    public void Output_files_keep_the_names_of_the_notes()
    {
        var result = Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        foreach (var lesson in UnusualNames.Lessons)
        {
            var page = Path.Combine([Output, .. UnusualNames.Course.Split('/'), Path.ChangeExtension(lesson, ".html")]);
            Assert.True(File.Exists(page), $"{page} was not written");
        }
    }

    [Fact]
    public void No_file_name_or_title_injects_markup()
    {
        Assert.True(Build().Succeeded);

        foreach (var (path, html) in Pages())
        {
            Assert.Empty(html.QuerySelectorAll("img"));
            Assert.Empty(html.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))).Select(e => path + ": " + e.OuterHtml));
            Assert.Empty(html.QuerySelectorAll("b").Select(e => path + ": " + e.OuterHtml));
        }

        // The names and titles still read as written.
        var lesson = File.ReadAllText(Path.Combine([Output, .. UnusualNames.Course.Split('/'), "W01 Café #1?.html"]));
        var sidebar = MainRegion.Parse(lesson).QuerySelector(".sidebar")!;
        Assert.Contains(sidebar.QuerySelectorAll("a"), a => a.TextContent.Contains("\"><img src=x onerror=alert(2)>", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_navigation_link_leads_to_a_built_file_and_heading()
    {
        Assert.True(Build().Succeeded);
        var checkedLinks = 0;

        // 404.html links from the site root of --base-url, wherever it is served: its own test covers it.
        foreach (var (path, html) in Pages().Where(p => p.Path != "404.html"))
        {
            var links = html.QuerySelectorAll(".sidebar a, .breadcrumbs a, .pager a, .toc a, .toc-inline a, .page-body a, .quiz-progress a");
            foreach (var link in links)
            {
                var href = link.GetAttribute("href")!;
                Assert.DoesNotContain(href, c => c is ' ' or '"' or '<' or '\\' || c > 127);
                var (file, fragment) = Target(path, href);
                Assert.True(File.Exists(file), $"{path}: '{href}' leads to {file}, which does not exist");
                if (fragment is not null && file.EndsWith(".html", StringComparison.Ordinal))
                {
                    var target = MainRegion.Parse(File.ReadAllText(file));
                    Assert.True(target.GetElementById(fragment) is not null, $"{path}: '{href}' names no element of {file}");
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 50, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Sidebar_progress_keys_and_the_search_index_use_the_same_urls_as_the_links()
    {
        Assert.True(Build().Succeeded);
        var quizIndex = File.ReadAllText(Path.Combine(Output, "quiz-index.js"));
        var json = JsonDocument.Parse(quizIndex[quizIndex.IndexOf('{')..(quizIndex.LastIndexOf('}') + 1)]);
        var keys = json.RootElement.GetProperty("lessons").EnumerateObject().Select(p => p.Name).ToList();
        var quizLesson = Assert.Single(keys);

        var page = MainRegion.Parse(File.ReadAllText(Path.Combine([Output, .. UnusualNames.Course.Split('/'), "W01 Café #1?.html"])));
        var dataLessons = page.QuerySelectorAll(".sidebar a[data-lesson]").Select(a => a.GetAttribute("data-lesson")!).ToList();
        Assert.Contains(quizLesson, dataLessons);
        Assert.All(dataLessons, d => Assert.True(File.Exists(Path.Combine(Output, Uri.UnescapeDataString(d))), d));
        Assert.Equal(quizLesson, page.QuerySelector("article[data-page]")!.GetAttribute("data-page"));
        Assert.Equal("page", page.QuerySelector($".sidebar a[data-lesson=\"{quizLesson}\"]")!.GetAttribute("aria-current"));

        var sitemap = File.ReadAllText(Path.Combine(Output, "sitemap.xml"));
        Assert.Contains("<loc>https://example.org/notes/" + quizLesson + "</loc>", sitemap);
        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal("https://example.org/notes/" + quizLesson, canonical);
    }

    /// <summary>The file a relative href of the page at <paramref name="pagePath"/> leads to, URL-decoded, and its fragment.</summary>
    private (string File, string? Fragment) Target(string pagePath, string href)
    {
        var hash = href.IndexOf('#');
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        var path = hash < 0 ? href : href[..hash];
        if (path.Length == 0)
        {
            return (Path.Combine(Output, pagePath), fragment);
        }

        var page = new Uri("file:///site/" + string.Join('/', pagePath.Split('/').Select(Uri.EscapeDataString)));
        var resolved = new Uri(page, path);
        Assert.Equal("file", resolved.Scheme);
        var local = Uri.UnescapeDataString(resolved.AbsolutePath);
        Assert.StartsWith("/site/", local);
        return (Path.Combine([Output, .. local["/site/".Length..].Split('/')]), fragment);
    }
}
