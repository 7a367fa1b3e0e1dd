using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Quiz;

/// <summary>Plain text of blocks and inlines, as the reader sees it (markup removed, raw HTML kept as text).</summary>
internal static class QuizText
{
    public static string Of(Block block)
    {
        var text = new StringBuilder();
        Append(block, text);
        return Collapse(text.ToString());
    }

    public static string OfAll(IEnumerable<Block> blocks) => Collapse(string.Join(" ", blocks.Select(Of)));

    public static string Of(Inline inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return Collapse(text.ToString());
    }

    /// <summary>The paragraph's source lines as text, split at its line breaks.</summary>
    public static IReadOnlyList<string> Lines(LeafBlock leaf)
    {
        var lines = new List<string> { "" };
        var line = new StringBuilder();
        foreach (var inline in leaf.Inline ?? [])
        {
            if (inline is LineBreakInline)
            {
                lines[^1] = line.ToString();
                line.Clear();
                lines.Add("");
                continue;
            }

            Append(inline, line);
        }

        lines[^1] = line.ToString();
        return lines;
    }

    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

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
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
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
