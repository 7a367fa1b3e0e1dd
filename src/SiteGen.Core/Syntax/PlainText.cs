using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Core.Syntax;

/// <summary>The text a reader sees in a piece of Markdown, without markup, whitespace collapsed (<see cref="VisibleText"/>).</summary>
public static class PlainText
{
    public static string Of(Block block)
    {
        var text = new VisibleText();
        text.Append(block);
        return text.ToString();
    }

    public static string Of(Inline? inline)
    {
        var text = new VisibleText();
        text.Append(inline);
        return text.ToString();
    }
}
