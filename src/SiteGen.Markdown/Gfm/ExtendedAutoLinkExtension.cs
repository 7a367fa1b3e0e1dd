using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace SiteGen.Markdown.Gfm;

/// <summary>GitHub's extended autolinks: www, URL and email addresses written without angle brackets.</summary>
public sealed class ExtendedAutoLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<ExtendedAutoLinkParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new ExtendedAutoLinkParser());
        }

        pipeline.DocumentProcessed -= EmailAutoLinker.Link;
        pipeline.DocumentProcessed += EmailAutoLinker.Link;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
