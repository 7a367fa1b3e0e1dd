using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Jekyll;

/// <summary>
/// An <c>&lt;img&gt;</c> whose <c>src</c> holds template syntax (<c>{%</c> or <c>{{</c>, as in a Django template the
/// lesson quotes) is source the reader should see, not an image to load: it is shown as text. An HTML block that
/// holds one is shown as text whole, line by line.
/// </summary>
public sealed class TemplateImageExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= ShowAsText;
        pipeline.DocumentProcessed += ShowAsText;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Whether <paramref name="html"/> holds an <c>img</c> tag with template syntax in it.</summary>
    internal static bool HasTemplateImage(string html)
    {
        for (var at = html.IndexOf("<img", StringComparison.OrdinalIgnoreCase); at >= 0;
             at = html.IndexOf("<img", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            var end = html.IndexOf('>', at);
            var tag = html.AsSpan(at, (end < 0 ? html.Length : end) - at);
            if (tag.Contains("{%", StringComparison.Ordinal) || tag.Contains("{{", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void ShowAsText(MarkdownDocument document)
    {
        var found = document.Descendants()
            .Where(n => n is HtmlInline inline ? HasTemplateImage(inline.Tag) : n is HtmlBlock block && HasTemplateImage(block.Lines.ToString()))
            .ToList();
        foreach (var inline in found.OfType<HtmlInline>())
        {
            inline.ReplaceBy(new LiteralInline(inline.Tag) { Span = inline.Span, Line = inline.Line, Column = inline.Column, IsClosed = true });
        }

        foreach (var block in found.OfType<HtmlBlock>())
        {
            var text = new ContainerInline();
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var line = block.Lines.Lines[i];
                if (i > 0)
                {
                    text.AppendChild(new LineBreakInline { IsHard = true });
                }

                text.AppendChild(new LiteralInline(line.Slice.ToString()) { Line = line.Line, Column = line.Column, IsClosed = true });
            }

            var paragraph = new ParagraphBlock { Span = block.Span, Line = block.Line, Column = block.Column, Inline = text };
            var parent = block.Parent!;
            parent[parent.IndexOf(block)] = paragraph;
        }
    }
}
