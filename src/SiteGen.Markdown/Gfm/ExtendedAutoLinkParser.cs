using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Gfm;

/// <summary>
/// GitHub's extended www and URL autolinks: <c>www.</c>, <c>http://</c>, <c>https://</c> or <c>ftp://</c> at the start
/// of a line, after whitespace or after <c>*</c>, <c>_</c>, <c>~</c>, <c>(</c>, then a valid domain and anything up to
/// whitespace or <c>&lt;</c>, less the trailing characters the spec leaves out. <c>www.</c> links get <c>http://</c>.
/// Not inside a link's text nor after an open <c>&lt;a&gt;</c>.
/// </summary>
public sealed class ExtendedAutoLinkParser : InlineParser
{
    public ExtendedAutoLinkParser()
    {
        OpeningCharacters = ['h', 'f', 'w'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var previous = slice.PeekCharExtra(-1);
        if (previous != '\0' && !char.IsWhiteSpace(previous) && previous is not ('*' or '_' or '~' or '('))
        {
            return false;
        }

        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        var www = text.StartsWith("www.", StringComparison.Ordinal);
        var domain = www ? 0
            : text.StartsWith("http://", StringComparison.Ordinal) ? 7
            : text.StartsWith("https://", StringComparison.Ordinal) ? 8
            : text.StartsWith("ftp://", StringComparison.Ordinal) ? 6
            : -1;
        if (domain < 0 || ExtendedAutoLinks.DomainEnd(text, domain, needsPeriod: www) is var domainEnd && domainEnd < 0)
        {
            return false;
        }

        var end = domainEnd;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '<')
        {
            end++;
        }

        end = ExtendedAutoLinks.TrimEnd(text, 0, end);
        if (end <= domain || !AllowedHere(processor))
        {
            return false;
        }

        var link = text[..end].ToString();
        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var span = new SourceSpan(position, position + end - 1);
        var inline = new LinkInline(www ? "http://" + link : link, "")
        {
            Span = span,
            Line = line,
            Column = column,
            UrlSpan = span,
            IsClosed = true,
            IsAutoLink = true,
        };
        inline.AppendChild(new LiteralInline(new StringSlice(slice.Text, slice.Start, slice.Start + end - 1))
        {
            Span = span,
            Line = line,
            Column = column,
            IsClosed = true,
        });
        processor.Inline = inline;
        slice.Start += end;
        return true;
    }

    /// <summary>No link inside a link: not while a <c>[</c> is open or after an <c>&lt;a&gt;</c> that is not closed.</summary>
    private static bool AllowedHere(InlineProcessor processor)
    {
        for (var inline = processor.Inline; inline is not null; inline = inline.PreviousSibling ?? inline.Parent)
        {
            if (inline is HtmlInline html)
            {
                if (html.Tag.StartsWith("</a", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                if (html.Tag.StartsWith("<a", StringComparison.OrdinalIgnoreCase) && html.Tag.Length > 2 && !char.IsAsciiLetterOrDigit(html.Tag[2]))
                {
                    return false;
                }
            }
        }

        var brackets = 0;
        for (var inline = processor.Inline; inline is not null; inline = inline.Parent)
        {
            if (inline is LinkDelimiterInline { IsActive: true } delimiter)
            {
                brackets += delimiter.Type == DelimiterType.Open ? 1 : delimiter.Type == DelimiterType.Close ? -1 : 0;
            }
        }

        return brackets <= 0;
    }
}
