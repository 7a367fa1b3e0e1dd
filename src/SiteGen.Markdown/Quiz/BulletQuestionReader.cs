using System.Net;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Quiz;

/// <summary>
/// Dialect C: a quiz section whose body is one list and every bullet is "question? answer", the answer in bold;
/// bold struck through (<c>~~**…**~~</c>) is a rejected alternative.
/// </summary>
internal sealed partial class BulletQuestionReader(IReadOnlyList<Block> blocks, IReadOnlyList<RecognisedQuestion> taken)
{
    public List<RecognisedQuestion> Read()
    {
        var questions = new List<RecognisedQuestion>();
        for (var s = 0; s < blocks.Count; s++)
        {
            if (blocks[s] is not HeadingBlock heading || !QuizHeadings.IsQuizSection(heading) || IsTaken(s + 1))
            {
                continue;
            }

            var content = blocks.Skip(s + 1).TakeWhile(b => b is not HeadingBlock).Where(b => b is not ThematicBreakBlock).ToList();
            if (content is not [ListBlock list] || !list.Cast<ListItemBlock>().All(IsQuestionBullet))
            {
                continue;
            }

            var index = s + 1 + blocks.Skip(s + 1).TakeWhile(b => b != list).Count();
            var section = QuizHeadings.Text(heading);
            foreach (var (item, i) in list.Cast<ListItemBlock>().Select((item, i) => (item, i)).ToList())
            {
                // The list is one block: the first question replaces it, the others take empty ranges after it.
                questions.Add(i == 0 ? Read(item, index, index + 1, section) : Read(item, index + 1, index + 1, section));
            }
        }

        return questions;
    }

    private static RecognisedQuestion Read(ListItemBlock item, int start, int end, string section)
    {
        var paragraph = (ParagraphBlock)item[0];
        var options = QuizParagraphs.Strong(paragraph.Inline).Select(s => Option(s, true))
            .Concat(QuizParagraphs.Struck(paragraph.Inline).Select(s => Option(s, false))).ToList();
        var stem = paragraph.Inline!.FirstChild is EmphasisInline ? SplitTrailingStem(paragraph) : SplitStem(paragraph);
        var question = QuizQuestionFactory.Create(QuizKind.Bullet, item, WebUtility.HtmlEncode(stem), stem, options, section);
        return new RecognisedQuestion(start, end, question, [.. item]);
    }

    /// <summary>A bullet is "question? answer", or "**answer**. question?".</summary>
    private static bool IsQuestionBullet(ListItemBlock item) =>
        item.Count > 0 && item[0] is ParagraphBlock paragraph && Stem().Match(QuizText.Of(paragraph)) is { Success: true } match
        && (match.Length < QuizText.Of(paragraph).Length || paragraph.Inline?.FirstChild is EmphasisInline);

    /// <summary>"**answer**. ~~**rejected**~~ question?": the question is the text after the last emphasis.</summary>
    private static string SplitTrailingStem(ParagraphBlock paragraph)
    {
        var inlines = paragraph.Inline!.ToList();
        var tail = inlines.Skip(inlines.FindLastIndex(i => i is EmphasisInline) + 1).ToList();
        var stem = QuizText.Collapse(string.Concat(tail.Select(QuizText.Of))).TrimStart('.', '~', ' ');
        if (tail is [LiteralInline first, ..] && stem.Length > 0)
        {
            var raw = first.Content.ToString();
            var cut = raw.IndexOf(stem[..Math.Min(stem.Length, 12)], StringComparison.Ordinal);
            first.Content = new StringSlice(cut < 0 ? raw : raw[..cut].TrimEnd());
            tail.Skip(1).ToList().ForEach(i => i.Remove());
        }

        return stem;
    }

    /// <summary>Cuts the question off the paragraph, which keeps the answer; returns the question text.</summary>
    private static string SplitStem(ParagraphBlock paragraph)
    {
        var stem = Stem().Match(QuizText.Of(paragraph)).Value.Trim();
        var remaining = stem.Length;
        foreach (var inline in paragraph.Inline!.ToList())
        {
            var text = QuizText.Of(inline);
            if (inline is LiteralInline literal && literal.Content.ToString() is var raw && raw.Length > 0 && text.Length >= remaining)
            {
                var cut = raw.IndexOf(stem[^1], Math.Max(0, remaining - 1));
                literal.Content = new StringSlice(raw[(cut + 1)..].TrimStart());
                break;
            }

            remaining -= text.Length;
            inline.Remove();
        }

        return stem;
    }

    private static QuizOption Option(EmphasisInline strong, bool correct)
    {
        var text = QuizText.Of(strong);
        return new QuizOption(text, WebUtility.HtmlEncode(text), correct);
    }

    private bool IsTaken(int index) => taken.Any(q => index >= q.Start && index < q.End);

    [GeneratedRegex(@"^[^?]*\?(\s*\((select|choose)[^)]*\))?", RegexOptions.IgnoreCase)]
    private static partial Regex Stem();
}
