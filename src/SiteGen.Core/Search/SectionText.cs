using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Core.Search;

/// <summary>
/// Appends the text a reader sees in a block to one buffer, whitespace collapsed to single spaces: the same text as
/// <see cref="Syntax.PlainText"/>, without a string per block (it runs over every word of the site).
/// </summary>
public static class SectionText
{
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \n\r\t");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Append(StringBuilder text, LeafBlock block)
    {
        text.Append(' ');
        if (block.Inline is { } inline)
        {
            Append(text, inline);
        }
        else
        {
            AppendCollapsed(text, block.Lines.ToString().AsSpan());
        }
    }

    /// <summary>The collected text without the leading, trailing and doubled spaces the appends leave.</summary>
    public static string Finish(StringBuilder text)
    {
        var result = text.ToString().Trim();
        return result.Contains("  ", StringComparison.Ordinal) ? Collapse(result) : result;
    }

    private static void Append(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AppendCollapsed(text, literal.Content.AsSpan());
                break;
            case CodeInline code:
                AppendCollapsed(text, code.Content.AsSpan());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                AppendCollapsed(text, entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(text, child);
                }

                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AppendCollapsed(StringBuilder text, ReadOnlySpan<char> span)
    {
        while (span.Length > 0)
        {
            var space = span.IndexOfAny(Whitespace);
            if (space < 0)
            {
                text.Append(span);
                return;
            }

            text.Append(span[..space]);
            if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }

            span = span[(space + 1)..];
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
