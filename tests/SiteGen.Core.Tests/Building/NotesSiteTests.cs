using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Core.Pages;
using SiteGen.Core.Tests.TestSupport;
using SiteGen.Markdown;
using SiteGen.Markdown.Html;
using Xunit.Abstractions;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// End to end over the real notes (234 pages, ~700 images). Each test passes with an explanatory line when
/// <c>../shared/notes</c> is not beside the repository.
/// </summary>
public sealed class NotesSiteTests(NotesSiteFixture site, ITestOutputHelper output) : IClassFixture<NotesSiteFixture>
{
    private const string Catalogue = "docs/aci/aci.html";

    private bool Absent()
    {
        if (!site.Available)
        {
            output.WriteLine($"skipped: the notes are not at {site.Notes}");
        }

        return !site.Available;
    }

    private IEnumerable<string> MarkdownFiles() =>
        Directory.EnumerateFiles(site.Notes, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Notes, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part is ".git" or "_theme"))
            .Order(StringComparer.Ordinal);

    private IHtmlDocument Page(string page) => (IHtmlDocument)MainRegion.Parse(site.Read(page));

    [Fact]
    public void Builds_without_errors()
    {
        if (Absent())
        {
            return;
        }

        Assert.True(site.Result!.Succeeded, string.Join('\n', site.Result.Diagnostics.Where(d => d.IsError)));
    }

    [Fact]
    public void Builds_one_page_per_markdown_file()
    {
        if (Absent())
        {
            return;
        }

        var sources = MarkdownFiles().ToList();
        var expected = sources.Select(PagePaths.OutputOf).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(234, sources.Count);
        Assert.Equal(expected, site.Pages.Where(p => !p.EndsWith("/review.html", StringComparison.Ordinal)));
        Assert.Equal(sources.Count, site.Result!.Pages);
    }

    [Fact]
    public void Every_relative_link_and_image_that_resolves_in_the_source_resolves_on_the_site()
    {
        if (Absent())
        {
            return;
        }

        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var page in site.Pages)
        {
            var body = Page(page).QuerySelector(".page-body")!;
            var urls = body.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(body.QuerySelectorAll("img[src]").Select(i => i.GetAttribute("src")!));
            foreach (var url in urls.Where(IsRelative))
            {
                checkedCount++;
                var target = SitePath(page, url);
                if (target is null || ExistsOnSite(target))
                {
                    continue;
                }

                // Not on the site: a failure only when the same link finds a file beside the note in the source.
                if (File.Exists(Path.Combine(site.Notes, target)) || Directory.Exists(Path.Combine(site.Notes, target)))
                {
                    failures.Add($"{page}: '{url}' resolves in the source but not on the site");
                }
            }
        }

        output.WriteLine($"{checkedCount} relative links and images checked");
        Assert.True(checkedCount > 900, $"only {checkedCount} links checked");
        Problems.AssertNone(failures);
    }

    [Fact]
    public void Every_image_the_notes_embed_from_an_existing_file_is_published()
    {
        if (Absent())
        {
            return;
        }

        var images = site.Pages.Sum(p => Page(p).QuerySelectorAll(".page-body img[src]").Count(i => IsRelative(i.GetAttribute("src")!)));
        var published = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Count(f => Path.GetExtension(f).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".gif" or ".svg" or ".webp");

        output.WriteLine($"{images} relative images in pages, {published} image files published");
        Assert.True(published >= 600, $"only {published} images published");
    }

    [Fact]
    public void No_page_holds_damaged_utf8()
    {
        if (Absent())
        {
            return;
        }

        var damaged = site.Pages.Where(p => site.Read(p).Contains("â€", StringComparison.Ordinal)).ToList();

        Problems.AssertNone(damaged);
    }

    [Fact]
    public void The_script_example_in_running_text_is_shown_as_text_not_run()
    {
        if (Absent())
        {
            return;
        }

        // Given W030's prose: "enclose the code between the opening <script> tag and the closing </script> tag" (near line 490)
        var page = Page("docs/aci/170-developer-Intermediate-1/W030BuildingAnInteractiveHTMLPage.html");
        var body = page.QuerySelector(".page-body")!;

        // Then the tags are in the paragraph's text, and the body has no script element
        Assert.Contains(body.QuerySelectorAll("p"),
            p => p.TextContent.Contains("between the opening <script> tag and the closing </script> tag", StringComparison.Ordinal));
        Assert.Empty(body.QuerySelectorAll("script"));
    }

    [Fact]
    public void No_page_body_holds_executable_or_unknown_elements()
    {
        if (Absent())
        {
            return;
        }

        var found = site.Pages
            .SelectMany(p => Page(p).QuerySelector(".page-body")!.Descendants<IElement>()
                .Where(e => e is IHtmlUnknownElement || e.LocalName is "script" or "style" or "iframe" or "title" or "object" or "embed")
                .Select(e => $"{p}: <{e.LocalName}>"))
            .Distinct()
            .ToList();

        Problems.AssertNone(found);
    }

    [Fact]
    public void Every_placeholder_written_in_prose_is_shown_on_its_page()
    {
        if (Absent())
        {
            return;
        }

        // Given every tag outside code that is not real markup (<region>, <account-id>, <input …>), per note
        var pipeline = SiteMarkdown.CreateBuilder().Build();
        var missing = new List<string>();
        var count = 0;
        foreach (var source in MarkdownFiles())
        {
            var syntax = Markdig.Markdown.Parse(File.ReadAllText(Path.Combine(site.Notes, source)), pipeline);
            var tags = syntax.Descendants<HtmlInline>().Select(h => h.Tag)
                .Concat(syntax.Descendants<HtmlBlock>().SelectMany(b => HtmlTagSplitter.Split(b.Lines.ToString()).Where(p => p.IsTag).Select(p => p.Piece)))
                .Where(t => !HtmlTags.IsMarkup(t))
                .Select(Collapse)
                .Distinct()
                .ToList();
            if (tags.Count == 0)
            {
                continue;
            }

            // Then each is in the text a reader sees
            var text = Collapse(Page(PagePaths.OutputOf(source)).QuerySelector(".page-body")!.TextContent);
            foreach (var tag in tags)
            {
                count++;
                if (!text.Contains(tag, StringComparison.Ordinal))
                {
                    missing.Add($"{source}: {tag}");
                }
            }
        }

        output.WriteLine($"{count} placeholders and talked-about tags checked");
        Assert.True(count > 0);
        Problems.AssertNone(missing);
    }

    [Fact]
    public void No_page_shows_the_hand_written_back_to_lines_that_breadcrumbs_replace()
    {
        if (Absent())
        {
            return;
        }

        // Given the shapes in the notes: "* back to …" bullets (some bold) and "######"/"####" back-to headings
        var shown = site.Pages
            .Where(p => Page(p).QuerySelector(".page-body")!.Children.Take(4)
                .Any(e => e.TextContent.TrimStart().StartsWith("back to", StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Problems.AssertNone(shown);
    }

    [Fact]
    public void No_heading_id_collides_with_another_heading_or_the_theme()
    {
        if (Absent())
        {
            return;
        }

        // Heading ids must not collide with each other nor with the theme's own (main#content, the skip link's target);
        // ids in raw HTML the author wrote (a lab's example <div id="header"> twice) are the author's business
        var duplicates = site.Pages
            .SelectMany(p => Page(p).QuerySelectorAll("[id]")
                .Where(e => e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || e.Closest(".page-body") is null)
                .GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"{p}: #{g.Key}"))
            .ToList();

        Problems.AssertNone(duplicates);
    }

    [Fact]
    public void Every_fragment_link_names_an_id_on_its_page()
    {
        if (Absent())
        {
            return;
        }

        // Given every #fragment link of every page (lesson text, tables of contents, sidebar sections)
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string page) => ids.TryGetValue(page, out var known) ? known
            : ids[page] = [.. Page(page).QuerySelectorAll("[id]").Select(e => e.Id!)];

        var broken = new List<string>();
        var count = 0;
        foreach (var page in site.Pages)
        {
            foreach (var href in Page(page).QuerySelectorAll("a[href*='#']").Select(a => a.GetAttribute("href")!).Distinct())
            {
                var hash = href.IndexOf('#');
                var fragment = Uri.UnescapeDataString(href[(hash + 1)..]);
                var target = hash == 0 ? page : SitePath(page, href);
                if (fragment.Length == 0 || (hash > 0 && !IsRelative(href)) || target is null || PageAt(target) is not { } targetPage)
                {
                    continue;
                }

                count++;
                if (!IdsOf(targetPage).Contains(fragment))
                {
                    broken.Add($"{page}: {href}");
                }
            }
        }

        // Then
        output.WriteLine($"{count} fragment links checked");
        Assert.True(count > 100, $"only {count} fragment links checked");
        Problems.AssertNone(broken);
    }

    [Fact]
    public void Every_lesson_is_reachable_from_the_catalogue_by_following_links()
    {
        if (Absent())
        {
            return;
        }

        // Given every page of a course folder under the catalogue (not the vendored files and licences labs carry)
        var lessons = site.Pages.Where(p => p.StartsWith("docs/aci/", StringComparison.Ordinal) && p.Count(c => c == '/') >= 3)
            .Where(p => !PagePaths.IsVendored(p)).ToList();

        // When following a[href] from the catalogue page through the built site
        var seen = new HashSet<string>(StringComparer.Ordinal) { Catalogue };
        var queue = new Queue<string>([Catalogue]);
        while (queue.TryDequeue(out var page))
        {
            foreach (var href in Page(page).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(IsRelative))
            {
                if (SitePath(page, href) is { } target && PageAt(target) is { } next && seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        // Then
        output.WriteLine($"{seen.Count} pages reached from {Catalogue}; {lessons.Count} lessons");
        Assert.True(lessons.Count > 150);
        var unreached = lessons.Where(l => !seen.Contains(l)).ToList();
        Problems.AssertNone(unreached);
    }

    private static bool IsRelative(string url) =>
        url.Length > 0 && !url.StartsWith('#') && !url.StartsWith("//", StringComparison.Ordinal)
        && !System.Text.RegularExpressions.Regex.IsMatch(url, "^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /// <summary>The site-relative path a relative URL on <paramref name="page"/> points at, decoded, without fragment or query.</summary>
    private static string? SitePath(string page, string url)
    {
        var path = url.Split('#')[0].Split('?')[0];
        return path.Length == 0 ? null : PagePaths.Resolve(page, Uri.UnescapeDataString(path));
    }

    private bool ExistsOnSite(string target) =>
        File.Exists(Path.Combine(site.Output, target)) || File.Exists(Path.Combine(site.Output, target, "index.html"));

    private string? PageAt(string target) =>
        target.EndsWith(".html", StringComparison.Ordinal) && File.Exists(Path.Combine(site.Output, target)) ? target
        : File.Exists(Path.Combine(site.Output, target, "index.html")) ? (target.Length == 0 ? "index.html" : target.TrimEnd('/') + "/index.html")
        : null;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
