using Markdig.Parsers;
using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>
/// Dialect A: anchored on each "Wrong answers:" marker. The question is the nearest heading above; the correct options
/// are the last list (or run of fences) before the marker; the wrong options the list (or fences) after it.
/// </summary>
internal sealed class ChoiceQuestionReader(IReadOnlyList<Block> blocks, QuizSectionMap sections, List<QuizDiagnostic> diagnostics)
{
    public List<RecognisedQuestion> Read()
    {
        var questions = new List<RecognisedQuestion>();
        var lastHeading = -1;
        for (var m = 0; m < blocks.Count; m++)
        {
            ReportNearMiss(blocks[m]);
            if (!QuizParagraphs.EndsWithMarker(blocks[m]))
            {
                continue;
            }

            var h = HeadingAbove(m);
            if (h < 0)
            {
                continue;
            }

            if (h == lastHeading)
            {
                Report(QuizDiagnosticCodes.SecondMarker, blocks[m], "second \"Wrong answers:\" marker under one question; read as explanation");
                continue;
            }

            lastHeading = h;
            questions.Add(ReadQuestion(h, m));
        }

        return questions;
    }

    private RecognisedQuestion ReadQuestion(int h, int m)
    {
        var heading = (HeadingBlock)blocks[h];
        var marker = (ParagraphBlock)blocks[m];

        // Correct options: the last list or run of fences before the marker; paragraphs between are explanation.
        var k = m - 1;
        while (k > h && blocks[k] is ParagraphBlock)
        {
            k--;
        }

        var correct = new List<QuizOption>();
        var correctStart = k + 1;
        if (k > h && blocks[k] is ListBlock correctList)
        {
            correct.AddRange(correctList.Cast<ListItemBlock>().Select(i => QuizOptionReader.FromItem(i, true)));
            correctStart = k;
        }
        else
        {
            while (k > h && blocks[k] is FencedCodeBlock)
            {
                k--;
            }

            correctStart = k + 1;
            correct.AddRange(blocks.Take(m).Skip(correctStart).TakeWhile(b => b is FencedCodeBlock)
                .Select(b => QuizOptionReader.FromFence((FencedCodeBlock)b, true)));
        }

        var explanation = new List<Block>();
        var stemEnd = correctStart;
        if (correct.Count == 0)
        {
            stemEnd = m;
        }
        else
        {
            var afterCorrect = blocks.Take(m).Skip(correctStart).SkipWhile(b => b is ListBlock or FencedCodeBlock);
            explanation.AddRange(afterCorrect);
        }

        if (QuizParagraphs.IsGlued(marker) && correct.Count > 0)
        {
            QuizParagraphs.DropLastLine(marker);
            explanation.Add(marker);
        }

        // Wrong options: the list after the marker up to its first blank-line-preceded item, or a run of fences.
        var j = m + 1;
        var wrong = new List<QuizOption>();
        if (j < blocks.Count && blocks[j] is ListBlock wrongList)
        {
            var items = wrongList.Cast<ListItemBlock>().ToList();
            var cut = 1;
            while (cut < items.Count && !BlockLines.BlankBefore(items[cut - 1], items[cut]))
            {
                cut++;
            }

            wrong.AddRange(items.Take(cut).Select(i => QuizOptionReader.FromItem(i, false)));
            if (cut < items.Count)
            {
                explanation.Add(SplitOff(wrongList, items.Skip(cut)));
            }

            j++;
        }
        else
        {
            while (j < blocks.Count && blocks[j] is FencedCodeBlock fence)
            {
                wrong.Add(QuizOptionReader.FromFence(fence, false));
                j++;
            }
        }

        var end = j;
        while (end < blocks.Count && !(blocks[end] is HeadingBlock && !QuizHeadings.IsExplanationLabel(blocks[end])))
        {
            end++;
        }

        explanation.AddRange(Trim(blocks.Take(end).Skip(j).Where(b => !QuizHeadings.IsExplanationLabel(b))));
        var stem = blocks.Take(stemEnd).Skip(h + 1).ToList();
        var question = QuizQuestionFactory.Create(QuizKind.Choice, heading, stem, [.. correct, .. wrong], sections.TitleOf(h));
        Check(question, heading);
        return new RecognisedQuestion(h, end, question, explanation);
    }

    private void Check(QuizQuestion question, HeadingBlock heading)
    {
        if (question.CorrectCount == 0)
        {
            Report(QuizDiagnosticCodes.NoCorrectOption, heading, $"quiz \"{question.StemText}\" has no correct option");
        }

        if (question.Options.All(o => o.Correct))
        {
            Report(QuizDiagnosticCodes.NoWrongOption, heading, $"quiz \"{question.StemText}\" has no wrong option");
        }

        var correctTexts = question.Options.Where(o => o.Correct).Select(o => o.Text).ToHashSet(StringComparer.Ordinal);
        if (question.Options.Any(o => !o.Correct && correctTexts.Contains(o.Text)))
        {
            Report(QuizDiagnosticCodes.CorrectOptionAlsoWrong, heading, $"quiz \"{question.StemText}\" lists a correct option among the wrong ones");
        }

        var select = QuizHeadings.SelectCount(question.StemText);
        if (select > 0 && select != question.CorrectCount)
        {
            Report(QuizDiagnosticCodes.SelectCountMismatch, heading, $"quiz \"{question.StemText}\" asks to select {select} but has {question.CorrectCount} correct options");
        }
    }

    private int HeadingAbove(int m)
    {
        for (var i = m - 1; i >= 0; i--)
        {
            if (blocks[i] is HeadingBlock && !QuizHeadings.IsExplanationLabel(blocks[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private void ReportNearMiss(Block block)
    {
        if (block is ParagraphBlock paragraph)
        {
            var lines = QuizText.Lines(paragraph);
            if (QuizMarker.IsNearMiss(lines[^1]))
            {
                diagnostics.Add(new QuizDiagnostic(QuizDiagnosticCodes.NearMissMarker, paragraph.Line + lines.Count, 1,
                    $"\"{lines[^1].Trim()}\" looks like a \"Wrong answers:\" marker but is not one; the question was not recognised"));
            }
        }
    }

    private void Report(string code, Block block, string message) =>
        diagnostics.Add(new QuizDiagnostic(code, block.Line + 1, block.Column + 1, message));

    /// <summary>Moves the trailing items of a list into a new list of the same kind (explanation bullets).</summary>
    private static ListBlock SplitOff(ListBlock list, IEnumerable<ListItemBlock> items)
    {
        var rest = new ListBlock(list.Parser ?? new ListBlockParser())
        {
            BulletType = list.BulletType,
            IsOrdered = list.IsOrdered,
            OrderedStart = list.OrderedStart,
            DefaultOrderedStart = list.DefaultOrderedStart,
            OrderedDelimiter = list.OrderedDelimiter,
            IsLoose = list.IsLoose,
        };
        foreach (var item in items.ToList())
        {
            list.Remove(item);
            rest.Add(item);
        }

        rest.Line = rest[0].Line;
        return rest;
    }

    /// <summary>Drops leading and trailing thematic breaks (page separators).</summary>
    private static IEnumerable<Block> Trim(IEnumerable<Block> blocks) =>
        blocks.SkipWhile(b => b is ThematicBreakBlock).Reverse().SkipWhile(b => b is ThematicBreakBlock).Reverse();
}
