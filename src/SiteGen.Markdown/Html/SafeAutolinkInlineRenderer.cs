using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Html;

/// <summary>
/// Writes an autolink whose URL <see cref="SafeUrl"/> refuses as the text the author wrote, angle brackets and all:
/// <c>&lt;javascript:alert(1)&gt;</c> is inert text, and <c>&lt;str:pet_id&gt;</c> or <c>&lt;user:password&gt;</c> in the
/// notes are placeholders that CommonMark happens to read as autolinks.
/// </summary>
public sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (link.IsEmail || SafeUrl.IsSafe(link.Url))
        {
            base.Write(renderer, link);
            return;
        }

        renderer.Write("&lt;").WriteEscape(link.Url).Write("&gt;");
    }
}
