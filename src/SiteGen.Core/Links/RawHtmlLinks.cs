using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Markdown.Html;

namespace SiteGen.Core.Links;

/// <summary>
/// Rewrites the <c>src</c> and <c>href</c> attributes of real markup tags in raw HTML written in a note,
/// leaving every other byte as the author wrote it.
/// </summary>
public static class RawHtmlLinks
{
    private static readonly string[] UrlAttributes = ["src", "href", "poster"];

    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    public static string Rewrite(string html, Func<string, string> rewrite)
    {
        if (!UrlAttributes.Any(a => html.Contains(a + "=", StringComparison.OrdinalIgnoreCase)))
        {
            return html;
        }

        var parser = Parser.Value!;
        var result = new System.Text.StringBuilder(html.Length);
        foreach (var (piece, isTag) in HtmlTagSplitter.Split(html))
        {
            result.Append(isTag && HtmlTags.IsMarkup(piece) ? RewriteTag(parser, piece, rewrite) : piece);
        }

        return result.ToString();
    }

    private static string RewriteTag(HtmlParser parser, string tag, Func<string, string> rewrite)
    {
        if (tag.StartsWith("</", StringComparison.Ordinal))
        {
            return tag;
        }

        var element = parser.ParseDocument(tag).Body?.FirstElementChild;
        if (element is null)
        {
            return tag;
        }

        foreach (var name in UrlAttributes)
        {
            var value = element.GetAttribute(name);
            if (string.IsNullOrWhiteSpace(value) || value.StartsWith('{'))
            {
                continue;
            }

            var rewritten = rewrite(value);
            if (rewritten != value)
            {
                // Replace the attribute's value only (not the same text in the tag name or another attribute).
                var quoted = "\"" + System.Net.WebUtility.HtmlEncode(rewritten) + "\"";
                tag = Regex.Replace(tag, $@"(\s{name}\s*=\s*)(""[^""]*""|'[^']*'|[^\s""'>]+)", m => m.Groups[1].Value + quoted,
                    RegexOptions.IgnoreCase);
            }
        }

        return tag;
    }
}
