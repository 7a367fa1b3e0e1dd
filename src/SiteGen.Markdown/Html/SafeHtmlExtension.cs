using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace SiteGen.Markdown.Html;

/// <summary>
/// Replaces Markdig's raw-HTML renderers with ones that show placeholders and talked-about tags as text and sanitise
/// real markup, and its link renderers with ones that drop URLs of unsafe schemes; records what it takes out
/// (<see cref="SafeHtmlFindings"/>) for the page stage that reports it with file and line.
/// </summary>
public sealed class SafeHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the quiz recogniser (added later) lifts stems and options out of the tree; it also calls Collect.
        pipeline.DocumentProcessed -= SafeHtmlFindings.Collect;
        pipeline.DocumentProcessed += SafeHtmlFindings.Collect;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        Use(html);
    }

    /// <summary>Puts the safe renderers of raw HTML, links and autolinks into <paramref name="html"/>.</summary>
    public static void Use(HtmlRenderer html)
    {
        html.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new SafeHtmlInlineRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new SafeHtmlBlockRenderer());
        UseSafeLinks(html);
    }

    /// <summary>Puts only the safe renderers of links and autolinks into <paramref name="html"/> (quiz stems escape all raw HTML).</summary>
    public static void UseSafeLinks(HtmlRenderer html)
    {
        html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeLinkInlineRenderer());
        html.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
    }
}
