using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Highlights code at build time: each token becomes a <c>span</c> whose class names what it is (<c>hl-keyword</c>,
/// <c>hl-string</c>, … from <see cref="CodeLanguage.Classes"/>), so the theme's CSS colours it. A block is read whole,
/// so a string or comment that runs over several lines is one token; its spans are closed at each line's end and
/// opened again on the next, so every line of the HTML stands alone. Languages are source-generated expressions
/// (<see cref="CodeLanguages"/>): nothing loads or compiles on first use and nothing is shared but immutable regexes,
/// so pages highlight in parallel without a lock.
/// </summary>
public sealed class CodeHighlighter
{
    /// <summary>Lines longer than this are written plain, as editors do: they are data, not code to read.</summary>
    public const int MaxLineLength = 1000;

    private CodeHighlighter()
    {
    }

    /// <summary>One highlighter for the process.</summary>
    public static CodeHighlighter Shared { get; } = new();

    /// <summary>Whether a fence's language (its info string's first word) is highlighted.</summary>
    public bool Knows(string language) => CodeLanguages.Find(language) is not null;

    /// <summary>
    /// The HTML of <paramref name="lines"/> highlighted as <paramref name="language"/>: escaped text in spans, one
    /// line per input line joined by <c>\n</c>; null when the language is not highlighted.
    /// </summary>
    public string? Highlight(string language, IReadOnlyList<string> lines)
    {
        if (CodeLanguages.Find(language) is not { } code)
        {
            return null;
        }

        var html = new StringBuilder();
        for (var first = 0; first < lines.Count;)
        {
            if (first > 0)
            {
                html.Append('\n');
            }

            if (lines[first].Length > MaxLineLength)
            {
                Escape(html, lines[first]);
                first++;
                continue;
            }

            // The run of ordinary lines up to the next long one is read as one text.
            var end = first + 1;
            while (end < lines.Count && lines[end].Length <= MaxLineLength)
            {
                end++;
            }

            WriteRun(html, code, string.Join('\n', lines.Skip(first).Take(end - first)));
            first = end;
        }

        return html.ToString();
    }

    private static void WriteRun(StringBuilder html, CodeLanguage code, string text)
    {
        var paint = ArrayPool<byte>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            Array.Clear(paint, 0, text.Length);
            try
            {
                code.Paint(text, 0, text.Length, paint);
            }
            catch (RegexMatchTimeoutException)
            {
                Array.Clear(paint, 0, text.Length);
            }

            Write(html, text, paint);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(paint);
        }
    }

    /// <summary>Writes painted text as runs of one class, each closed at a line's end.</summary>
    private static void Write(StringBuilder html, string text, byte[] paint)
    {
        var start = 0;
        while (start < text.Length)
        {
            if (text[start] == '\n')
            {
                html.Append('\n');
                start++;
                continue;
            }

            var css = paint[start];
            var end = start + 1;
            while (end < text.Length && paint[end] == css && text[end] != '\n')
            {
                end++;
            }

            if (css == 0)
            {
                Escape(html, text.AsSpan(start, end - start));
            }
            else
            {
                html.Append("<span class=\"hl-").Append(CodeLanguage.Classes[css]).Append("\">");
                Escape(html, text.AsSpan(start, end - start));
                html.Append("</span>");
            }

            start = end;
        }
    }

    /// <summary>Escapes as <see cref="System.Net.WebUtility.HtmlEncode(string)"/> does the five characters that matter.</summary>
    private static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        while (text.IndexOfAny("&<>\"'") is var at and >= 0)
        {
            html.Append(text[..at]).Append(text[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(at + 1)..];
        }

        html.Append(text);
    }
}
