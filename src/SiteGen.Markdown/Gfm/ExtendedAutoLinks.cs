namespace SiteGen.Markdown.Gfm;

/// <summary>
/// The text rules of GitHub's extended autolinks (GFM spec, "Autolinks (extension)"): what a valid domain is and
/// which trailing characters are not part of a link.
/// </summary>
internal static class ExtendedAutoLinks
{
    /// <summary>
    /// Where the domain starting at <paramref name="start"/> ends (exclusive), or -1 when it is not valid: segments of
    /// letters, digits, <c>_</c> and <c>-</c> separated by periods, no underscore in the last two segments and, when
    /// <paramref name="needsPeriod"/>, at least one period.
    /// </summary>
    public static int DomainEnd(ReadOnlySpan<char> text, int start, bool needsPeriod)
    {
        int i = start, periods = 0, underscoresBefore = 0, underscores = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                periods++;
                underscoresBefore = underscores;
                underscores = 0;
            }
            else if (c == '_')
            {
                underscores++;
            }
            else if (!char.IsLetterOrDigit(c) && c != '-')
            {
                break;
            }
        }

        return i == start || underscoresBefore > 0 || underscores > 0 || (needsPeriod && periods == 0) ? -1 : i;
    }

    /// <summary>
    /// The end (exclusive) of a link found in <c>text[start..end]</c> once trailing punctuation, unbalanced closing
    /// parentheses and a trailing entity-like <c>&amp;name;</c> are left out.
    /// </summary>
    public static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start)
        {
            var last = text[end - 1];
            if (last is '?' or '!' or '.' or ',' or ':' or '*' or '_' or '~' or '\'' or '"')
            {
                end--;
            }
            else if (last == ';')
            {
                var name = end - 2;
                while (name > start && char.IsAsciiLetterOrDigit(text[name]))
                {
                    name--;
                }

                end = name < end - 2 && text[name] == '&' ? name : end - 1;
            }
            else if (last == ')')
            {
                var link = text[start..end];
                if (link.Count(')') <= link.Count('('))
                {
                    break;
                }

                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }
}
