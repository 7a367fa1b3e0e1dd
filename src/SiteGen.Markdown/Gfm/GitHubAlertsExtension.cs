using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;

namespace SiteGen.Markdown.Gfm;

/// <summary>
/// Narrows Markdig's alert blocks (<c>UseAlertBlocks</c>: <c>div.markdown-alert.markdown-alert-note</c> with a
/// <c>p.markdown-alert-title</c>) to GitHub's five kinds and marks them <c>role="note"</c>. Added after
/// <c>UseAlertBlocks</c>, whose parser it replaces.
/// </summary>
public sealed class GitHubAlertsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.FindExact<AlertInlineParser>() is not null)
        {
            pipeline.InlineParsers.Replace<AlertInlineParser>(new GitHubAlertInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
