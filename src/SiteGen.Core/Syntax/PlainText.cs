using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Core.Syntax;

/// <summary>The text a reader sees in a piece of Markdown, without markup.</summary>
public static class PlainText
{
    public static string Of(Block block)
    {
        var builder = new StringBuilder();
        Append(block, builder);
        return Normalise(builder.ToString());
    }

    public static string Of(Inline? inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return Normalise(builder.ToString());
    }

    private static void Append(Block block, StringBuilder builder)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Append(inline, builder);
                break;
            case LeafBlock leaf:
                builder.Append(leaf.Lines.ToString());
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, builder);
                    builder.Append(' ');
                }

                break;
        }
    }

    private static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, builder);
                }

                break;
        }
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
