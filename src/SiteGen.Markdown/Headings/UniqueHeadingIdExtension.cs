using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Headings;

/// <summary>
/// GitHub-style heading ids, unique on the page (a repeat gets <c>-1</c>, <c>-2</c>, …): the ids of Markdig's
/// <c>UseAutoIdentifiers(AutoIdentifierOptions.GitHub)</c>, in linear time. Markdig tries every suffix from <c>-1</c>
/// again for each repeat, so a page of 20,000 identical headings took minutes; <see cref="PageHeadingIds"/> resumes
/// where the last repeat of the same text stopped.
/// </summary>
public sealed class UniqueHeadingIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // A setext heading is closed by the paragraph parser. Unsubscribe first: Setup runs on every Build().
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= OnClosed;
                parser.Closed += OnClosed;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += AssignId;
        }
    }

    /// <summary>Once the heading's inlines are parsed: its text without markup, as a GitHub slug, made unique.</summary>
    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
        {
            return;
        }

        using var writer = new StringWriter();
        new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false }.Render(heading.Inline);
        var slug = LinkHelper.UrilizeAsGfm(writer.ToString());
        attributes.Id = PageHeadingIds.Of(processor.Document).Claim(string.IsNullOrEmpty(slug) ? "section" : slug);
    }
}
