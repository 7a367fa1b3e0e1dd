using Markdig;
using Markdig.Syntax;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Stages;

/// <summary>Renders a page's syntax tree to its HTML body, and lets the tree go.</summary>
public sealed class RenderMarkdown : DocumentStage
{
    protected override Document Process(Document document, BuildContext context)
    {
        var syntax = document.Get<MarkdownDocument>(DocumentKeys.Syntax);
        var html = syntax.ToHtml(context.Markdown);
        return document.WithContent(html) with { Metadata = document.Metadata.Remove(DocumentKeys.Syntax) };
    }
}
