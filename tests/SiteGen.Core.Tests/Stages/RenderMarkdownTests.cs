using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

/// <summary>The Markdown dialect of the notes, as the page pipeline renders it.</summary>
public sealed class RenderMarkdownTests
{
    private static AngleSharp.Dom.IDocument Render(string markdown)
    {
        using var site = new TestSite(("W01.md", markdown));
        return MainRegion.Parse(site.ProcessPages()["W01.md"].Content);
    }

    [Fact]
    public void Gives_repeated_headings_distinct_ids()
    {
        // Given a quiz page repeating "Explanation"
        var markdown = string.Concat(Enumerable.Range(1, 5).Select(i => $"#### Question {i}\n\n##### Explanation\n\nBecause.\n\n"));

        // When
        var ids = Render(markdown).QuerySelectorAll("h5").Select(h => h.Id).ToList();

        // Then
        Assert.Equal(5, ids.Count);
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(5, ids.Distinct().Count());
    }

    [Fact]
    public void Every_heading_id_on_a_page_is_unique()
    {
        var document = Render("# Intro\n\n## Intro\n\n### Summary\n\n## Summary\n\n## Intro\n");

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();

        Assert.Equal(5, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Links_bare_urls()
    {
        var document = Render("See https://docs.aws.amazon.com/elasticbeanstalk/ for more.\n");

        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("https://docs.aws.amazon.com/elasticbeanstalk/", link.GetAttribute("href"));
    }

    [Fact]
    public void Renders_gfm_tables()
    {
        var document = Render("| Input type | Description |\n| --- | --- |\n| text | A line of text |\n| radio | One of several |\n");

        var table = Assert.Single(document.QuerySelectorAll("table"));
        Assert.Equal(["Input type", "Description"], table.QuerySelectorAll("th").Select(t => t.TextContent));
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void One_line_triple_backtick_span_is_inline_code()
    {
        var document = Render("Connect with ```ssh -i x``` and then continue.\n\nNext paragraph.\n");

        var code = Assert.Single(document.QuerySelectorAll("code"));
        Assert.Equal("ssh -i x", code.TextContent);
        Assert.Equal("P", code.ParentElement!.TagName);
        Assert.Empty(document.QuerySelectorAll("pre"));
        Assert.Contains("Next paragraph.", document.QuerySelectorAll("p")[1].TextContent);
    }

    [Fact]
    public void Unclosed_fence_shows_the_rest_of_the_page_as_code()
    {
        var document = Render("# T\n\n```bash\necho hi\n");

        var pre = Assert.Single(document.QuerySelectorAll("pre"));
        Assert.Contains("echo hi", pre.TextContent);
    }
}
