using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Markdown.Jekyll;

namespace SiteGen.Core.Stages;

/// <summary>
/// Parses a note with the site's Markdown pipeline; the syntax tree rides along until rendering. Lines that held only
/// a Jekyll raw tag (<see cref="RemoveLiquidRaw"/>) are dropped from its code blocks.
/// </summary>
public sealed class ParseMarkdown : DocumentStage
{
    public const string PageKeyProperty = "sitegen.pageKey";

    protected override Document Process(Document document, BuildContext context)
    {
        var parserContext = new MarkdownParserContext();
        parserContext.Properties[PageKeyProperty] = document.SourcePath;
        var syntax = Markdig.Markdown.Parse(document.Content, context.Markdown, parserContext);
        if (document.Find<List<int>>(DocumentKeys.LiquidTagLines) is { } tagLines)
        {
            LiquidRaw.DropTagLines(syntax, tagLines);
        }

        var end = document.Content.AsSpan().TrimEnd().Length - 1; // a span: the text itself is not copied
        foreach (var fence in syntax.Descendants<FencedCodeBlock>().Where(f => f.ClosingFencedCharCount == 0 && EndOf(f) >= end))
        {
            context.Warning(document.SourcePath, fence.Line + 1, fence.Column + 1, DiagnosticCodes.UnclosedFence,
                "code fence is never closed, so the rest of the page is shown as code",
                $"add a closing {new string(fence.FencedChar, Math.Max(fence.OpeningFencedCharCount, 3))} line");
        }

        return document.With(DocumentKeys.Syntax, syntax);
    }

    /// <summary>Where a fence's text ends: Markdig leaves an unclosed fence's span at its opening line.</summary>
    private static int EndOf(FencedCodeBlock fence) =>
        fence.Lines.Count == 0 ? fence.Span.End : Math.Max(fence.Span.End, fence.Lines.Lines[fence.Lines.Count - 1].Slice.End);
}
