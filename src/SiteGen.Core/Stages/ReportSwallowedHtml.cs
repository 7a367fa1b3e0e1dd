using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Markdown.Html;

namespace SiteGen.Core.Stages;

/// <summary>
/// Reports raw HTML a browser would swallow: a placeholder such as <c>&lt;region&gt;</c> or a tag the prose talks
/// about, written outside backticks. The site shows it as text; GitHub and other renderers hide it.
/// </summary>
public sealed class ReportSwallowedHtml : DocumentStage
{
    protected override Document Process(Document document, BuildContext context)
    {
        var syntax = document.Get<MarkdownDocument>(DocumentKeys.Syntax);
        foreach (var node in syntax.Descendants())
        {
            switch (node)
            {
                case HtmlInline inline when IsSwallowed(inline.Tag):
                    Report(document, context, inline.Tag, inline.Line + 1, inline.Column + 1);
                    break;
                case HtmlBlock block:
                    ReportBlock(document, context, block);
                    break;
            }
        }

        return document;
    }

    private static void ReportBlock(Document document, BuildContext context, HtmlBlock block)
    {
        var html = block.Lines.ToString();
        var offset = 0;
        foreach (var (piece, isTag) in HtmlTagSplitter.Split(html))
        {
            if (isTag && IsSwallowed(piece))
            {
                var before = html.AsSpan(0, offset);
                var lineStart = before.LastIndexOf('\n') + 1;
                var column = before.Count('\n') == 0 ? block.Column + offset : offset - lineStart;
                Report(document, context, piece, block.Line + 1 + before.Count('\n'), column + 1);
            }

            offset += piece.Length;
        }
    }

    /// <summary>An opening tag (or declaration) that is not markup a lesson uses; closing tags come with their opening one.</summary>
    private static bool IsSwallowed(string tag) => !tag.StartsWith("</", StringComparison.Ordinal) && !HtmlTags.IsMarkup(tag);

    private static void Report(Document document, BuildContext context, string tag, int line, int column)
    {
        var shown = tag.Length > 40 ? tag[..40] + "…" : tag;
        context.Warning(document.SourcePath, line, column, DiagnosticCodes.HtmlShownAsText,
            $"'{shown}' is not HTML a lesson uses: a browser would hide it or take it as page markup; the site shows it as text",
            $"put it in backticks: `{shown}`");
    }
}
