using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown.Highlighting;

/// <summary>Highlights fenced code at build time and gives every code block a copy button.</summary>
public sealed class HighlightingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } plain)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(plain, CodeHighlighter.Shared));
        }
    }
}
