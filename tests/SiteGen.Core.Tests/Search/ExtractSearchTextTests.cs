using System.Text;
using System.Text.Json;
using Markdig;
using SiteGen.Core.Search;
using SiteGen.Markdown;

namespace SiteGen.Core.Tests.Search;

public sealed class ExtractSearchTextTests
{
    private static SearchPageText Text(string markdown, string title = "Week 6") =>
        ExtractSearchText.Text(Markdig.Markdown.Parse(markdown, SiteMarkdown.CreateBuilder().Build()), title);

    /// <summary>The sections as the snippet file lists them, read back with each one's level from the headings.</summary>
    private static IReadOnlyList<SearchSection> Sections(string markdown, string title = "Week 6")
    {
        var text = Text(markdown, title);
        var items = JsonDocument.Parse("[" + Encoding.UTF8.GetString(text.SectionsJson) + "]").RootElement.EnumerateArray().ToList();
        Assert.Equal(text.Headings.Count, items.Count);
        return [.. items.Select((item, i) => new SearchSection(item[0].GetString()!, item[1].GetString()!, text.Headings[i].Level, item[2].GetString()!))];
    }

    [Fact]
    public void Splits_the_text_at_each_heading_with_its_id()
    {
        var sections = Sections("Intro words.\n\n# Week 6\n\nFirst.\n\n## Persistent storage\n\nUse **Amazon S3** and `boto3`.\n");

        Assert.Equal(
            [new SearchSection("", "Week 6", 0, "Intro words."), new SearchSection("week-6", "Week 6", 1, "First."),
                new SearchSection("persistent-storage", "Persistent storage", 2, "Use Amazon S3 and boto3.")],
            sections);
    }

    [Fact]
    public void Leaves_out_code_blocks_and_raw_html_blocks_but_keeps_lists_and_tables()
    {
        var sections = Sections("## Setup\n\n```sh\neb init\n```\n\n<div>raw</div>\n\n* one item\n\n| a | b |\n|---|---|\n| cell | two |\n");

        var text = Assert.Single(sections).Text;
        Assert.DoesNotContain("eb init", text, StringComparison.Ordinal);
        Assert.DoesNotContain("raw", text, StringComparison.Ordinal);
        Assert.Contains("one item", text, StringComparison.Ordinal);
        Assert.Contains("cell", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Collapses_whitespace_across_lines_breaks_and_blocks()
    {
        var sections = Sections("  Lead   in\nnext\tline  \n\n> quoted  \n> text\n\n1. one\n2. two\n");

        Assert.Equal("Lead in next line quoted text one two", Assert.Single(sections).Text);
    }

    [Fact]
    public void Keeps_an_empty_heading_section_so_it_can_be_found_by_its_words()
    {
        var sections = Sections("## Summary\n## Next\n\nText.\n");

        Assert.Equal(["summary", "next"], sections.Select(s => s.Anchor));
    }

    [Fact]
    public void Keeps_of_a_page_its_headings_each_sections_words_once_and_its_sections_as_snippet_json()
    {
        var text = Text("Intro words.\n\n# Week 6\n\nFirst words \"quoted\".\n");

        Assert.Equal([new SearchHeading("", "Week 6", 0), new SearchHeading("week-6", "Week 6", 1)], text.Headings);
        Assert.Equal(["intro words", "first words quoted"], text.SectionWords);
        Assert.Equal("""["","Week 6","Intro words."],["week-6","Week 6","First words \"quoted\"."]""", Encoding.UTF8.GetString(text.SectionsJson));
    }
}
