using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markdown.Tests.Headings;

public sealed class UniqueHeadingIdExtensionTests
{
    private static readonly MarkdownPipeline Ours = new MarkdownPipelineBuilder().UseUniqueHeadingIds().Build();

    private static readonly MarkdownPipeline Markdigs = new MarkdownPipelineBuilder().UseAutoIdentifiers(AutoIdentifierOptions.GitHub).Build();

    private static string[] Ids(string markdown, MarkdownPipeline pipeline) =>
        [.. Markdig.Markdown.Parse(markdown, pipeline).Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id ?? "")];

    [Theory]
    [InlineData("# Overview\n## Overview\n## Overview\n")]
    [InlineData("# A\n# A-1\n# A\n# A\n# a-1\n")]
    [InlineData("# Week 7: *Deploying* `Django` [on AWS](x.md)\n\nSetext\n======\n\n## Setext\n")]
    [InlineData("#\n# !!!\n# Section\n# section\n")]
    [InlineData("# Ünïcödé — and emoji 🎉\n# Ünïcödé — and emoji 🎉\n# <b>html</b> &amp; entities\n")]
    [InlineData("> # Quoted\n\n* # In a list\n\n# Quoted\n")]
    public void Gives_the_ids_Markdigs_GitHub_auto_identifiers_give(string markdown)
    {
        Assert.Equal(Ids(markdown, Markdigs), Ids(markdown, Ours));
    }

    [Fact]
    public void Numbers_thousands_of_identical_headings_in_order()
    {
        // Markdig's own extension retries every suffix per repeat: this many took seconds; it must simply complete here
        var ids = Ids(string.Concat(Enumerable.Repeat("## Same heading\n\ntext\n\n", 5000)), Ours);

        Assert.Equal(5000, ids.Length);
        Assert.Equal("same-heading", ids[0]);
        Assert.Equal("same-heading-1", ids[1]);
        Assert.Equal("same-heading-4999", ids[^1]);
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }
}
