using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markdown.Html;

/// <summary>
/// Writes an HTML block tag by tag: real markup passes through <see cref="RawHtmlSanitiser"/>, any other tag (a
/// placeholder, <c>&lt;script&gt;</c>) is escaped so the reader sees what the author wrote, comments are dropped.
/// A block that opens with such text becomes a paragraph.
/// </summary>
public sealed class SafeHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            return;
        }

        var text = obj.Lines.ToString();
        var opensWithMarkup = HtmlTags.IsMarkup(text);
        if (!opensWithMarkup)
        {
            renderer.Write("<p>");
        }

        foreach (var (piece, isTag) in HtmlTagSplitter.Split(text))
        {
            if (isTag && HtmlTags.IsMarkup(piece))
            {
                renderer.Write(RawHtmlSanitiser.Clean(piece).Html);
            }
            else if (isTag || !opensWithMarkup)
            {
                renderer.WriteEscape(piece);
            }
            else
            {
                // Text between tags, as written; a '<' that opens no complete tag must not open one on the page.
                renderer.Write(piece.Replace("<", "&lt;", StringComparison.Ordinal));
            }
        }

        renderer.WriteLine(opensWithMarkup ? "" : "</p>");
    }
}
