using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Quiz;

/// <summary>Plain text of blocks and inlines, as the reader sees it (markup removed, raw HTML kept as text).</summary>
/// <remarks>
/// The recogniser asks for the text of the same blocks again and again (every reader tests every heading), so this
/// runs over every word of the site several times: it builds in one reused buffer per thread, and remembers each
/// heading's text on the heading (the recogniser rewrites paragraphs, never headings).
/// </remarks>
internal static class QuizText
{
    private static readonly object HeadingTextKey = new();

    [ThreadStatic]
    private static StringBuilder? _buffer;

    public static string Of(Block block)
    {
        if (block is not HeadingBlock heading)
        {
            return Build(block, Append);
        }

        if (heading.GetData(HeadingTextKey) is not string known)
        {
            known = Build(block, Append);
            heading.SetData(HeadingTextKey, known);
        }

        return known;
    }

    public static string OfAll(IEnumerable<Block> blocks) => Collapse(string.Join(" ", blocks.Select(Of)));

    public static string Of(Inline inline) => Build(inline, Append);

    /// <summary>
    /// The paragraph's last source line as text (its text after the last line break), or null when that line is longer
    /// than <paramref name="maxLength"/>: the recogniser only looks for short marker lines, and every paragraph of the
    /// site is asked, so a long line is given up after its first words.
    /// </summary>
    public static string? LastLine(LeafBlock leaf, int maxLength)
    {
        var first = leaf.Inline?.FirstChild;
        for (var inline = leaf.Inline?.LastChild; inline is not null; inline = inline.PreviousSibling)
        {
            if (inline is LineBreakInline)
            {
                first = inline.NextSibling;
                break;
            }
        }

        var line = Rent();
        try
        {
            for (var inline = first; inline is not null; inline = inline.NextSibling)
            {
                Append(inline, line);
                if (line.Length > maxLength)
                {
                    return null;
                }
            }

            return line.ToString();
        }
        finally
        {
            Return(line);
        }
    }

    /// <summary>
    /// Whether the paragraph's text, as <see cref="Of(Block)"/> gives it, starts with <paramref name="prefix"/> (ignoring
    /// case): reads only as many of its inlines as the prefix needs.
    /// </summary>
    public static bool StartsWith(LeafBlock leaf, string prefix)
    {
        var raw = Rent();
        try
        {
            for (var inline = leaf.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                Append(inline, raw);
                if (Compare(raw, prefix) is { } known)
                {
                    return known;
                }
            }

            return false;
        }
        finally
        {
            Return(raw);
        }
    }

    /// <summary>
    /// Compares collapsed <paramref name="raw"/> text with the start of <paramref name="prefix"/>: true when it starts
    /// with it, false when it cannot, null when more text is needed to tell.
    /// </summary>
    private static bool? Compare(StringBuilder raw, string prefix)
    {
        var p = 0;
        var space = false;
        var started = false;
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = started;
                    continue;
                }

                if (space)
                {
                    if (prefix[p] != ' ')
                    {
                        return false;
                    }

                    if (++p == prefix.Length)
                    {
                        return true;
                    }

                    space = false;
                }

                if (char.ToUpperInvariant(c) != char.ToUpperInvariant(prefix[p]))
                {
                    return false;
                }

                started = true;
                if (++p == prefix.Length)
                {
                    return true;
                }
            }
        }

        return null;
    }

    /// <summary>How many lines the paragraph has: its line breaks and one.</summary>
    public static int LineCount(LeafBlock leaf)
    {
        var count = 1;
        for (var inline = leaf.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            count += inline is LineBreakInline ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whitespace runs to single spaces, none at the ends.</summary>
    public static string Collapse(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        var collapsed = new StringBuilder(text.Length);
        var pendingSpace = false;
        AppendCollapsed(text, collapsed, ref pendingSpace);
        return collapsed.ToString();
    }

    /// <summary>Fills the thread's buffer and returns its text collapsed, without an intermediate string.</summary>
    private static string Build<T>(T source, Action<T, StringBuilder> fill)
    {
        var raw = Rent();
        fill(source, raw);
        var collapsed = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var chunk in raw.GetChunks())
        {
            AppendCollapsed(chunk.Span, collapsed, ref pendingSpace);
        }

        Return(raw);
        return collapsed.ToString();
    }

    /// <summary>The thread's buffer, emptied; a nested call while it is out gets a buffer of its own.</summary>
    private static StringBuilder Rent()
    {
        var buffer = _buffer ?? new StringBuilder(256);
        _buffer = null;
        buffer.Clear();
        return buffer;
    }

    private static void Return(StringBuilder buffer) => _buffer = buffer.Capacity <= 1 << 16 ? buffer : null;

    /// <summary>Appends <paramref name="text"/> with each whitespace run as one space, written only before a later word.</summary>
    private static void AppendCollapsed(ReadOnlySpan<char> text, StringBuilder collapsed, ref bool pendingSpace)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                collapsed.Append(' ');
                pendingSpace = false;
            }

            collapsed.Append(c);
        }
    }

    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? i == 0 || i == text.Length - 1 || text[i - 1] == ' ' : char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Append(Block block, StringBuilder text)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Append(inline, text);
                break;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString());
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, text);
                    text.Append(' ');
                }

                break;
        }
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
