using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Html;

/// <summary>
/// Writes a Markdown link or image whose URL <see cref="SafeUrl"/> refuses as its text alone: a link's text, an
/// image's alt text. No element is left behind (not even an <c>&lt;a&gt;</c> without href), so nothing on the page
/// can be clicked, styled or scripted into a link again.
/// </summary>
public sealed class SafeLinkInlineRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (SafeUrl.IsSafe(url))
        {
            base.Write(renderer, link);
            return;
        }

        if (!link.IsImage)
        {
            renderer.WriteChildren(link);
            return;
        }

        var html = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(link);
        renderer.EnableHtmlForInline = html;
    }
}
