using System.Collections.Frozen;

namespace SiteGen.Markdown.Html;

/// <summary>
/// Decides whether raw HTML in a note is real markup or text the author meant to show: placeholders such as
/// <c>&lt;region&gt;</c> and tags the prose talks about (<c>&lt;script&gt;</c>, <c>&lt;title&gt;</c>) are text.
/// </summary>
public static class HtmlTags
{
    private static readonly FrozenSet<string> Markup = new[]
    {
        "a", "abbr", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blockquote", "br", "caption", "center",
        "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
        "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd",
        "li", "mark", "nav", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small",
        "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "tt", "u", "ul", "var", "video", "wbr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The elements that are markup in a lesson: what the sanitiser lets through.</summary>
    internal static IReadOnlySet<string> MarkupNames => Markup;

    /// <summary>The element name of a start or end tag (<c>&lt;/b&gt;</c> gives <c>b</c>), or null for comments and the like.</summary>
    public static string? NameOf(string tag)
    {
        var span = tag.AsSpan().TrimStart();
        if (span.Length < 2 || span[0] != '<')
        {
            return null;
        }

        var start = span[1] == '/' ? 2 : 1;
        var end = start;
        while (end < span.Length && (char.IsAsciiLetterOrDigit(span[end]) || span[end] == '-' || span[end] == ':'))
        {
            end++;
        }

        return end > start && char.IsAsciiLetter(span[start]) ? span[start..end].ToString() : null;
    }

    /// <summary>True for comments and tags of elements that render as markup in a lesson (comments are dropped, tags sanitised).</summary>
    public static bool IsMarkup(string tag)
    {
        var trimmed = tag.TrimStart();
        if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
        {
            return true;
        }

        var name = NameOf(trimmed);
        return name is not null && Markup.Contains(name);
    }
}
