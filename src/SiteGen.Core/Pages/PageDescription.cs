using Markdig.Syntax;
using SiteGen.Core.Syntax;

namespace SiteGen.Core.Pages;

/// <summary>
/// A page's description for search engines and link previews: the text of its first top-level paragraph that has
/// some, cut at a word boundary to the length search engines show.
/// </summary>
public static class PageDescription
{
    public const int MaxLength = 160;

    public static string Of(MarkdownDocument syntax)
    {
        foreach (var block in syntax)
        {
            if (block is ParagraphBlock paragraph && PlainText.Of(paragraph) is { Length: > 0 } text)
            {
                return Shorten(text, MaxLength);
            }
        }

        return "";
    }

    /// <summary><paramref name="text"/> as it is when it fits, else its words up to <paramref name="max"/> characters and an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(' ', ',', ';', ':', '-') + "…";
    }
}
