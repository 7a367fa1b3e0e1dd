using Markdig;
using SiteGen.Markdown.Jekyll;
using SiteGen.Markdown.Quiz;
using SiteGen.Markdown.Tests.Quiz;

namespace SiteGen.Markdown.Tests.Gfm;

/// <summary>
/// Runs the examples of GitHubDialect.spec.md through what a build does to a page's text: Jekyll's raw tags out,
/// the site's Markdown pipeline, the raw tags' lines dropped from code.
/// </summary>
public sealed class GitHubDialectSpecTests
{
    private static readonly MarkdownPipeline Pipeline = SiteMarkdown.CreateBuilder().UseQuizzes().Build();

    public static TheoryData<SpecExample> Examples() => [.. SpecFile.Read("../Gfm/GitHubDialect.spec.md")];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Renders_the_spec_example(SpecExample example)
    {
        var tagLines = new List<int>();
        var document = Markdig.Markdown.Parse(LiquidRaw.Remove(example.Markdown, tagLines), Pipeline);
        LiquidRaw.DropTagLines(document, tagLines);

        var html = document.ToHtml(Pipeline);

        Assert.True(example.Expected == html, $"GitHubDialect.spec.md line {example.Line}:\nexpected:\n{example.Expected}\nactual:\n{html}");
    }

    [Fact]
    public void The_spec_has_examples()
    {
        Assert.True(Examples().Count >= 20);
    }
}
