using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace SiteGen.Markdown.Html;

/// <summary>Replaces Markdig's raw-HTML renderers with ones that show placeholders and talked-about tags as text.</summary>
public sealed class SafeHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        html.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new SafeHtmlInlineRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new SafeHtmlBlockRenderer());
    }
}
