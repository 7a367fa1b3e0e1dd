using Markdig.Syntax;

namespace SiteGen.Markdown.Jekyll;

/// <summary>
/// Jekyll's <c>{% raw %}</c> … <c>{% endraw %}</c>, as GitHub Pages authors write it: Jekyll runs Liquid before
/// Markdown, so the two tags vanish wherever they are — in prose, code spans and code fences — and what they enclose
/// is shown as written. Every other Liquid tag and <c>{{ … }}</c> is left as text: SiteGen never evaluates Liquid.
/// The pass keeps every newline, so lines (and diagnostics) stay where they were; a line that held only a tag is
/// left blank and, inside code, dropped after parsing (<see cref="DropTagLines"/>), as the authors' whitespace
/// control (<c>{%- raw -%}</c>) meant. One left-to-right scan: linear in the page's length.
/// </summary>
public static class LiquidRaw
{
    /// <summary>The text without its raw tags; the 1-based numbers of lines that held only a tag go to <paramref name="tagLines"/>.</summary>
    public static string Remove(string text, ICollection<int> tagLines)
    {
        var open = Find(text, 0, "raw");
        if (open.Start < 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var copied = 0;
        var line = 1;
        var counted = 0;
        while (open.Start >= 0)
        {
            var close = Find(text, open.End, "endraw");
            if (close.Start < 0)
            {
                break; // never closed: Jekyll stops with an error; the tag stays as written
            }

            foreach (var tag in new[] { open, close })
            {
                line += text.AsSpan(counted, tag.Start - counted).Count('\n');
                counted = tag.Start;
                var lineStart = tag.Start;
                while (lineStart > copied && text[lineStart - 1] is ' ' or '\t')
                {
                    lineStart--;
                }

                var lineEnd = tag.End;
                while (lineEnd < text.Length && text[lineEnd] is ' ' or '\t' or '\r')
                {
                    lineEnd++;
                }

                var alone = (lineStart == 0 || text[lineStart - 1] == '\n') && lineStart >= copied && (lineEnd == text.Length || text[lineEnd] == '\n');
                if (alone)
                {
                    result.Append(text, copied, lineStart - copied);
                    copied = lineEnd > tag.End && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                    tagLines.Add(line);
                }
                else
                {
                    result.Append(text, copied, tag.Start - copied);
                    copied = tag.End;
                }
            }

            open = Find(text, close.End, "raw");
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Drops from code blocks the lines that held only a raw tag (1-based numbers, as <see cref="Remove"/> gives them).</summary>
    public static void DropTagLines(MarkdownDocument document, IReadOnlyCollection<int> tagLines)
    {
        if (tagLines.Count == 0)
        {
            return;
        }

        var set = tagLines as IReadOnlySet<int> ?? tagLines.ToHashSet();
        foreach (var code in document.Descendants<CodeBlock>())
        {
            var lines = code.Lines;
            for (var i = lines.Count - 1; i >= 0; i--)
            {
                if (set.Contains(lines.Lines[i].Line + 1) && lines.Lines[i].Slice.IsEmptyOrWhitespace())
                {
                    lines.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>The next <c>{% name %}</c> (with optional <c>-</c> whitespace control) at or after <paramref name="from"/>.</summary>
    private static (int Start, int End) Find(string text, int from, string name)
    {
        for (var start = text.IndexOf("{%", from, StringComparison.Ordinal); start >= 0; start = text.IndexOf("{%", start + 2, StringComparison.Ordinal))
        {
            var i = start + 2;
            if (i < text.Length && text[i] == '-')
            {
                i++;
            }

            i = SkipSpaces(text, i);
            if (string.CompareOrdinal(text, i, name, 0, name.Length) != 0)
            {
                continue;
            }

            i = SkipSpaces(text, i + name.Length);
            if (i < text.Length && text[i] == '-')
            {
                i++;
            }

            if (i + 1 < text.Length && text[i] == '%' && text[i + 1] == '}')
            {
                return (start, i + 2);
            }
        }

        return (-1, -1);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
