using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>Writes a raw HTML block as an escaped paragraph: in quiz options it is the subject of the question.</summary>
internal sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        renderer.Write("<p>").WriteEscape(obj.Lines.ToString().Trim()).Write("</p>");
    }
}
