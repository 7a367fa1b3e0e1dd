using SiteGen.Core.Documents;
using SiteGen.Core.Pages;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

public sealed class RewriteLinksTests
{
    private static (string Html, PageInfo Info) Page(string markdown)
    {
        using var site = new TestSite(
            ("docs/c/W01.md", markdown),
            ("docs/c/W02.md", "# Two\n"),
            ("docs/c/images/a.png", "png"));
        var document = site.ProcessPages()["docs/c/W01.md"];
        return (document.Content, document.Get<PageInfo>(DocumentKeys.Page));
    }

    [Fact]
    public void Rewrites_links_in_raw_html_blocks_and_inline_tags()
    {
        var (html, _) = Page("<p align=\"center\"><img src=\"./images/a.png\" width=\"100\"></p>\n\nSee <a href=\"W02.md#top\">two</a>.\n");

        Assert.Contains("<img src=\"images/a.png\" width=\"100\">", html);
        Assert.Contains("<a href=\"W02.html#top\">", html);
    }

    [Fact]
    public void Leaves_links_in_code_alone()
    {
        var (html, info) = Page("Write `[two](W02.md)` or\n\n```\n<a href=\"W02.md\">two</a>\n```\n");

        Assert.DoesNotContain("W02.html", html);
        Assert.Empty(info.Links);
    }

    [Fact]
    public void Records_each_link_with_its_position_text_and_context()
    {
        var (_, info) = Page("# One\n\n## Week 2: [Django views](./W02.md)\n\n![diagram](images/a.png)\n");

        Assert.Collection(info.Links,
            link =>
            {
                Assert.Equal("docs/c/W02.md", link.Target);
                Assert.Equal((3, 12), (link.Line, link.Column));
                Assert.Equal("Django views", link.Text);
                Assert.Equal("Week 2: Django views", link.Context);
                Assert.False(link.IsImage);
            },
            image =>
            {
                Assert.Equal("docs/c/images/a.png", image.Target);
                Assert.True(image.IsImage);
            });
    }

    [Fact]
    public void Reports_broken_links_at_their_one_based_position()
    {
        using var site = new TestSite(("W01.md", "# One\n\nText and [gone](gone.md).\n"));

        site.ProcessPages();

        var diagnostic = Assert.Single(site.Diagnostics.Sorted());
        Assert.Equal(("SG0201", 3, 10), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Links_to_names_with_spaces_and_accents_are_escaped_and_published_under_the_real_name()
    {
        // Given notes whose file names hold a space and an accent
        using var site = new TestSite(
            ("README.md", "# Home\n\n* [notes](My%20Notes.md)\n* [café](docs/Caf%C3%A9.md#menu)\n"),
            ("My Notes.md", "# My notes\n"),
            ("docs/Café.md", "# Café\n\n## Menu\n"));

        // When
        var result = site.Build();

        // Then
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var home = MainRegion.Parse(site.ReadOutput("index.html"));
        Assert.Equal(["My%20Notes.html", "docs/Caf%C3%A9.html#menu"],
            home.QuerySelectorAll(".page-body a").Select(a => a.GetAttribute("href")));
        Assert.True(File.Exists(Path.Combine(site.Output, "My Notes.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "docs", "Café.html")));
    }

    [Fact]
    public void Pointy_bracket_destination_may_hold_spaces_without_a_warning()
    {
        // Given CommonMark's way to write a destination with spaces
        using var site = new TestSite(("README.md", "# Home\n\n[notes](<My Notes.md>)\n"), ("My Notes.md", "# My notes\n"));

        // When
        var html = site.ProcessPages()["README.md"].Content;

        // Then
        Assert.Contains("href=\"My%20Notes.html\"", html);
        Assert.Empty(site.Diagnostics.Sorted());
    }

    [Fact]
    public void Links_of_removed_back_to_lines_are_still_checked_but_not_recorded()
    {
        var (_, info) = Page("# One\n\n* back to [the course](./course.md)\n* back to [two](W02.md)\n\nText.\n");

        Assert.Empty(info.Links);
    }

    [Fact]
    public void Broken_back_to_link_is_reported_at_its_line()
    {
        using var site = new TestSite(("docs/c/W01.md", "# One\n\n* back to [the course](./course.md)\n\nText.\n"));
        site.ProcessPages();

        var diagnostic = Assert.Single(site.Diagnostics.Sorted());
        Assert.Equal(("SG0201", 3, 11), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }
}
