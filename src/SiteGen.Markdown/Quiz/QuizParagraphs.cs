using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Quiz;

/// <summary>Paragraph surgery the recogniser needs: marker lines and strong spans.</summary>
internal static class QuizParagraphs
{
    /// <summary>The paragraph's last line is a marker ("Wrong answers:"), alone or glued below other text.</summary>
    public static bool EndsWithMarker(Block block) =>
        block is ParagraphBlock paragraph && QuizText.LastLine(paragraph, QuizMarker.MaxLineLength) is { } line && QuizMarker.IsMarker(line);

    public static bool IsGlued(ParagraphBlock paragraph) => QuizText.LineCount(paragraph) > 1;

    /// <summary>Removes the last line (the glued marker) and the line break before it.</summary>
    public static void DropLastLine(ParagraphBlock paragraph)
    {
        var inlines = paragraph.Inline!.ToList();
        var lastBreak = inlines.FindLastIndex(i => i is LineBreakInline);
        foreach (var inline in inlines.Skip(lastBreak))
        {
            inline.Remove();
        }
    }

    /// <summary>The strong (bold) spans of an inline tree, skipping struck-through ones.</summary>
    public static IEnumerable<EmphasisInline> Strong(Inline? root) =>
        root is ContainerInline container
            ? container.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 2 && e.DelimiterChar is '*' or '_' && !IsStruck(e))
            : [];

    /// <summary>Strong spans inside "~~…~~": rejected alternatives.</summary>
    public static IEnumerable<EmphasisInline> Struck(Inline? root) =>
        root is ContainerInline container
            ? container.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 2 && e.DelimiterChar is '*' or '_' && IsStruck(e))
            : [];

    private static bool IsStruck(EmphasisInline emphasis)
    {
        for (var parent = emphasis.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is EmphasisInline { DelimiterChar: '~' })
            {
                return true;
            }
        }

        return emphasis.PreviousSibling is LiteralInline before && before.Content.ToString().EndsWith("~~", StringComparison.Ordinal);
    }
}
