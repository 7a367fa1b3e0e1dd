using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Gfm;

/// <summary>
/// GitHub's extended email autolinks, found in the text once inlines are parsed (as cmark-gfm does): letters,
/// digits, <c>.</c>, <c>-</c>, <c>_</c>, <c>+</c>, then <c>@</c>, then a domain of letters, digits, <c>-</c>,
/// <c>_</c> with at least one period, ending in a letter (a final period stays text). The link is
/// <c>mailto:</c> plus the address. Text inside links is left alone.
/// </summary>
internal static class EmailAutoLinker
{
    public static void Link(MarkdownDocument document)
    {
        var containers = new List<ContainerInline>();
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (literal.Content.IndexOf('@') >= 0 && literal.Parent is { } parent && !InsideLink(parent)
                && (containers.Count == 0 || containers[^1] != parent))
            {
                containers.Add(parent);
            }
        }

        foreach (var container in containers.Distinct())
        {
            LinkIn(container);
        }
    }

    private static bool InsideLink(ContainerInline container)
    {
        for (Inline? inline = container; inline is not null; inline = inline.Parent)
        {
            if (inline is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each run of adjacent literals of <paramref name="container"/> is read as one text.</summary>
    private static void LinkIn(ContainerInline container)
    {
        var run = new List<LiteralInline>();
        for (var inline = container.FirstChild; ; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal)
            {
                run.Add(literal);
                continue;
            }

            if (run.Count > 0)
            {
                LinkRun(run);
                run.Clear();
            }

            if (inline is null)
            {
                return;
            }
        }
    }

    private static void LinkRun(List<LiteralInline> run)
    {
        var text = string.Concat(run.Select(l => l.Content.ToString()));
        var emails = Find(text);
        if (emails.Count == 0)
        {
            return;
        }

        var first = run[0];
        var at = 0;
        foreach (var (start, end) in emails)
        {
            Add(first, Literal(first, text, at, start));
            var address = Literal(first, text, start, end);
            var link = new LinkInline("mailto:" + text[start..end], "")
            {
                Span = address.Span,
                Line = address.Line,
                Column = address.Column,
                UrlSpan = address.Span,
                IsClosed = true,
                IsAutoLink = true,
            };
            link.AppendChild(address);
            first.InsertBefore(link);
            at = end;
        }

        Add(first, Literal(first, text, at, text.Length));
        foreach (var literal in run)
        {
            literal.Remove();
        }
    }

    private static void Add(LiteralInline before, LiteralInline literal)
    {
        if (!literal.Content.IsEmpty)
        {
            before.InsertBefore(literal);
        }
    }

    private static LiteralInline Literal(LiteralInline first, string text, int start, int end)
    {
        var position = first.Span.Start + start;
        return new LiteralInline(new StringSlice(text, start, end - 1))
        {
            Span = new SourceSpan(position, position + end - start - 1),
            Line = first.Line,
            Column = first.Column + start,
            IsClosed = true,
        };
    }

    /// <summary>The addresses in <paramref name="text"/>, as [start, end) pairs, left to right.</summary>
    internal static List<(int Start, int End)> Find(string text)
    {
        var found = new List<(int, int)>();
        var from = 0;
        for (var at = text.IndexOf('@'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1)
        {
            var start = at;
            while (start > from && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '-' or '_' or '+'))
            {
                start--;
            }

            var end = at + 1;
            var periods = 0;
            while (end < text.Length)
            {
                var c = text[end];
                if (c == '.' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))
                {
                    periods++;
                }
                else if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
                {
                    break;
                }

                end++;
            }

            if (start == at || periods == 0 || !char.IsAsciiLetter(text[end - 1]) || (end < text.Length && text[end] == '@'))
            {
                continue;
            }

            found.Add((start, end));
            from = end;
            at = end - 1;
        }

        return found;
    }
}
