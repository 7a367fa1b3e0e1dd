namespace SiteGen.Markdown.Html;

/// <summary>
/// Cuts raw HTML source into tags (<c>&lt;…&gt;</c>, quoted attribute values and comments whole) and the text between them.
/// </summary>
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
                : EndOf(TagEnd(html, open + 1), 1);
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

    /// <summary>
    /// The '&gt;' that ends the tag starting before <paramref name="from"/>, skipping one inside a quoted attribute value
    /// (<c>&lt;div title="a&gt;b"&gt;</c>) as a browser does; a quote opens a value only right after '='. A value whose
    /// quote never closes ends at the first '&gt;' after it.
    /// </summary>
    private static int TagEnd(string html, int from)
    {
        for (var i = from; i < html.Length; i++)
        {
            switch (html[i])
            {
                case '>':
                    return i;
                case '=':
                    var value = i + 1;
                    while (value < html.Length && html[value] is ' ' or '\t' or '\n' or '\r' or '\f')
                    {
                        value++;
                    }

                    if (value < html.Length && html[value] is '"' or '\'')
                    {
                        var close = html.IndexOf(html[value], value + 1);
                        if (close < 0)
                        {
                            return html.IndexOf('>', value);
                        }

                        i = close;
                    }

                    break;
            }
        }

        return -1;
    }
}
