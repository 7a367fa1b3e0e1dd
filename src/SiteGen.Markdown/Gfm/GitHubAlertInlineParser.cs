using Markdig.Extensions.Alerts;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markdown.Gfm;

/// <summary>
/// GitHub's five alert kinds only (<c>[!NOTE]</c>, <c>[!TIP]</c>, <c>[!IMPORTANT]</c>, <c>[!WARNING]</c>,
/// <c>[!CAUTION]</c>, any letter case); any other <c>[!WORD]</c> leaves the quote a quote, as on GitHub. The alert
/// is announced as a note to screen readers; its title is text and its icon is hidden from them.
/// </summary>
public sealed class GitHubAlertInlineParser : AlertInlineParser
{
    private static readonly string[] Kinds = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!IsGitHubKind(slice.AsSpan()))
        {
            return false;
        }

        var paragraph = processor.Block;
        if (!base.Match(processor, ref slice))
        {
            return false;
        }

        if (paragraph?.Parent is AlertBlock alert)
        {
            alert.GetAttributes().AddPropertyIfNotExist("role", "note");
        }

        return true;
    }

    private static bool IsGitHubKind(ReadOnlySpan<char> text)
    {
        var close = text.IndexOf(']');
        if (close < 3 || text[1] != '!')
        {
            return false;
        }

        foreach (var kind in Kinds)
        {
            if (text[2..close].Equals(kind, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
