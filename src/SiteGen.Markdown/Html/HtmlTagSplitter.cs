namespace SiteGen.Markdown.Html;

/// <summary>Cuts raw HTML source into tags (<c>&lt;…&gt;</c>, comments whole) and the text between them.</summary>
public static class HtmlTagSplitter
{
    public static IEnumerable<(string Piece, bool IsTag)> Split(string html)
    {
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0)
            {
                yield return (html[position..], false);
                yield break;
            }

            var close = html.AsSpan(open).StartsWith("<!--")
                ? EndOf(html.IndexOf("-->", open + 4, StringComparison.Ordinal), 3)
                : EndOf(html.IndexOf('>', open + 1), 1);
            if (close < 0)
            {
                yield return (html[position..], false);
                yield break;
            }

            if (open > position)
            {
                yield return (html[position..open], false);
            }

            yield return (html[open..close], true);
            position = close;
        }
    }

    private static int EndOf(int index, int length) => index < 0 ? -1 : index + length;
}
