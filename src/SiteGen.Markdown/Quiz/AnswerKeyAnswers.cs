using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Quiz;

/// <summary>Reads the answer forms of dialect B from a question's body.</summary>
internal static partial class AnswerKeyAnswers
{
    public static AnswerKeyAnswer? Read(HeadingBlock heading, IReadOnlyList<Block> body)
    {
        var content = body.Where(b => b is not ThematicBreakBlock && !QuizHeadings.IsExplanationLabel(b)).ToList();
        if (content.Count == 0)
        {
            return FromHeading(heading);
        }

        var listIndex = content.FindIndex(b => b is ListBlock);
        return listIndex >= 0 && content.Take(listIndex).All(IsStemPart) ? FromList(content, listIndex) : FromProse(content);
    }

    /// <summary>"## What is true about fault isolation? **Fault isolation focuses on…**" with no body.</summary>
    private static AnswerKeyAnswer? FromHeading(HeadingBlock heading)
    {
        var strong = QuizParagraphs.Strong(heading.Inline).ToList();
        if (strong.Count == 0)
        {
            return null;
        }

        var stem = QuizText.Of(heading);
        foreach (var span in strong)
        {
            stem = stem.Replace(QuizText.Of(span), "", StringComparison.Ordinal);
        }

        var options = strong.Select(s => Option(s, true)).ToList();
        return new AnswerKeyAnswer([], options, [], QuizText.Collapse(stem).TrimEnd('.', ' '));
    }

    /// <summary>A bold paragraph or prose: the bold spans of the first paragraph are the answer.</summary>
    private static AnswerKeyAnswer FromProse(List<Block> content)
    {
        var first = content.OfType<ParagraphBlock>().FirstOrDefault();
        var options = QuizParagraphs.Strong(first?.Inline).Select(s => Option(s, true)).ToList();
        return new AnswerKeyAnswer([], options, content);
    }

    /// <summary>A list of options (bold ones correct), or of the correct answers only; "Options:" is a label.</summary>
    private static AnswerKeyAnswer FromList(List<Block> content, int listIndex)
    {
        var list = (ListBlock)content[listIndex];
        var stem = content.Take(listIndex).Where(b => !(b is ParagraphBlock p && OptionsLabel().IsMatch(QuizText.Of(p)))).ToList();
        var after = content.Skip(listIndex + 1).ToList();
        var items = QuizLists.ItemsBeforeBlankLine(list);
        if (items.Count < list.Count)
        {
            after.Insert(0, QuizLists.SplitOff(list, list.Cast<ListItemBlock>().Skip(items.Count)));
        }

        var stated = after.OfType<ParagraphBlock>().Where(p => CorrectAnswerIs().IsMatch(QuizText.Of(p)))
            .Concat(after.OfType<ParagraphBlock>().Where(IsAllBold).Take(1))
            .SelectMany(p => QuizParagraphs.Strong(p.Inline)).Select(s => QuizIds.Normalise(QuizText.Of(s))).ToList();
        var correct = items.Select(i => Matches(i, stated)).ToList();
        if (!correct.Contains(true))
        {
            correct = items.Select(IsBold).ToList();
        }

        if (!correct.Contains(true) && stated.Count == 0)
        {
            // A list of the correct answers only.
            correct = items.Select(_ => true).ToList();
        }

        // Bold marks the answer in the notes; shown as is it would give the answer away before the reader asks.
        var anyBold = items.Any(IsBold);
        var options = items.Select((item, i) => QuizOptionReader.FromItem(item, correct[i]))
            .Select(o => anyBold ? o with { Html = System.Net.WebUtility.HtmlEncode(o.Text) } : o).ToList();
        return new AnswerKeyAnswer(stem, options, after);
    }

    /// <summary>What may sit between the heading and the option list: code, a question line, "Options:" (no bold answer).</summary>
    private static bool IsStemPart(Block block) => block switch
    {
        CodeBlock => true,
        ParagraphBlock paragraph => !QuizParagraphs.Strong(paragraph.Inline).Any() && QuizText.Of(paragraph).TrimEnd() is var text
            && (text.EndsWith('?') || text.EndsWith(':') || OptionsLabel().IsMatch(text)),
        _ => false,
    };

    private static bool Matches(ListItemBlock item, List<string> stated)
    {
        var text = QuizIds.Normalise(QuizText.Of(item));
        return text.Length > 0 && stated.Any(s => s.Length > 0 && (s == text || s.Contains(text, StringComparison.Ordinal) || text.Contains(s, StringComparison.Ordinal)));
    }

    /// <summary>An item written in bold: its bold text is most of its text.</summary>
    private static bool IsBold(ListItemBlock item)
    {
        var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
        var bold = QuizParagraphs.Strong(paragraph?.Inline).Sum(s => QuizText.Of(s).Length);
        return paragraph is not null && bold * 2 > QuizText.Of(paragraph).Length;
    }

    private static bool IsAllBold(ParagraphBlock paragraph) =>
        paragraph.Inline is { FirstChild: EmphasisInline { DelimiterCount: 2 } } && QuizText.Of(paragraph).Length > 0
        && QuizParagraphs.Strong(paragraph.Inline).Sum(s => QuizText.Of(s).Length) * 10 >= QuizText.Of(paragraph).Length * 9;

    private static QuizOption Option(EmphasisInline strong, bool correct)
    {
        var text = QuizText.Of(strong);
        return new QuizOption(text, System.Net.WebUtility.HtmlEncode(text), correct);
    }

    [GeneratedRegex(@"^options:?$", RegexOptions.IgnoreCase)]
    private static partial Regex OptionsLabel();

    [GeneratedRegex(@"^the correct (answer|answers|option|options|response|responses) (is|are)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CorrectAnswerIs();
}
