using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Quiz;

/// <summary>Zero-based source lines of blocks, from Markdig's positions.</summary>
/// <remarks>
/// Markdig sets <c>Line</c> on blocks but not on inlines (without precise source locations), and releases a
/// paragraph's lines after inline parsing, so a paragraph's height is counted from its line breaks.
/// </remarks>
internal static class BlockLines
{
    /// <summary>The last source line a block occupies.</summary>
    public static int Last(Block block) => block switch
    {
        ContainerBlock { Count: > 0 } container => Math.Max(block.Line, Last(container.LastChild!)),
        FencedCodeBlock fence => fence.Line + fence.Lines.Count + (fence.ClosingFencedCharCount > 0 ? 1 : 0),
        LeafBlock { Inline: { } inline } => block.Line + inline.Descendants<LineBreakInline>().Count(),
        LeafBlock leaf => block.Line + Math.Max(leaf.Lines.Count - 1, 0),
        _ => block.Line,
    };

    /// <summary>True when a blank line separates <paramref name="block"/> from the block before it.</summary>
    public static bool BlankBefore(Block previous, Block block) => block.Line > Last(previous) + 1;
}
