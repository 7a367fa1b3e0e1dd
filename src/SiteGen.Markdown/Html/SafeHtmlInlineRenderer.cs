using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Html;

/// <summary>
/// Writes inline raw HTML as markup only when it is real markup, sanitised (<see cref="RawHtmlSanitiser"/>); otherwise
/// as the text the author typed.
/// </summary>
public sealed class SafeHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            return;
        }

        if (HtmlTags.IsMarkup(obj.Tag))
        {
            renderer.Write(RawHtmlSanitiser.Clean(obj.Tag).Html);
        }
        else
        {
            renderer.WriteEscape(obj.Tag);
        }
    }
}
