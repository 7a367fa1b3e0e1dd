using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>
/// Dialect A, anchored on each "Wrong answers:" marker: the question is the nearest heading above; the correct options
/// are the last list (or run of fences) before the marker; the wrong options the list (or fences) after it; the
/// explanation runs to the next heading that is not an "Explanation" label.
/// </summary>
internal sealed class ChoiceQuestionReader(IReadOnlyList<Block> blocks, QuizSectionMap sections, List<QuizDiagnostic> diagnostics)
{
    public List<RecognisedQuestion> Read()
    {
        var questions = new List<RecognisedQuestion>();
        var lastHeading = -1;
        for (var m = 0; m < blocks.Count; m++)
        {
            ReportMarkerSpelling(blocks[m]);
            if (!QuizParagraphs.EndsWithMarker(blocks[m]) || HeadingAbove(m) is var h && h < 0)
            {
                continue;
            }

            if (h == lastHeading)
            {
                diagnostics.Add(At(QuizDiagnosticCodes.SecondMarker, blocks[m], "second \"Wrong answers:\" marker under one question; read as explanation"));
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
        var (correctStart, correctEnd, correct) = CorrectOptions(h, m);
        var (wrongEnd, wrong, bullets) = WrongOptions(m);
        var end = ExplanationEnd(wrongEnd);

        var explanation = new List<Block>();
        if (correct.Count > 0)
        {
            // Paragraphs between the correct list and the marker, and text glued above the marker, explain.
            explanation.AddRange(Range(correctEnd, m));
            if (QuizParagraphs.IsGlued(marker))
            {
                QuizParagraphs.DropLastLine(marker);
                explanation.Add(marker);
            }
        }

        explanation.AddRange(bullets);
        explanation.AddRange(WithoutSeparators(Range(wrongEnd, end).Where(b => !QuizHeadings.IsExplanationLabel(b))));

        var stem = Range(h + 1, correct.Count > 0 ? correctStart : m);
        var question = QuizQuestionFactory.Create(QuizKind.Choice, heading, stem, [.. correct, .. wrong], sections.TitleOf(h));
        diagnostics.AddRange(ChoiceQuestionChecks.Check(question, heading));
        return new RecognisedQuestion(h, end, question, explanation);
    }

    /// <summary>The last list, or run of fences, before the marker (skipping explanation paragraphs).</summary>
    private (int Start, int End, List<QuizOption> Options) CorrectOptions(int h, int m)
    {
        var end = m;
        while (end - 1 > h && blocks[end - 1] is ParagraphBlock)
        {
            end--;
        }

        if (end - 1 > h && blocks[end - 1] is ListBlock list)
        {
            return (end - 1, end, [.. list.Cast<ListItemBlock>().Select(i => QuizOptionReader.FromItem(i, true))]);
        }

        var start = end;
        while (start - 1 > h && blocks[start - 1] is FencedCodeBlock)
        {
            start--;
        }

        return (start, end, [.. Range(start, end).Cast<FencedCodeBlock>().Select(f => QuizOptionReader.FromFence(f, true))]);
    }

    /// <summary>
    /// The list after the marker up to its first item preceded by a blank line (later items are explanation
    /// bullets), or the run of fences after it.
    /// </summary>
    private (int End, List<QuizOption> Options, List<Block> ExplanationBullets) WrongOptions(int m)
    {
        var next = m + 1;
        if (next < blocks.Count && blocks[next] is ListBlock list)
        {
            var items = QuizLists.ItemsBeforeBlankLine(list);
            var options = items.Select(i => QuizOptionReader.FromItem(i, false)).ToList();
            return (next + 1, options, items.Count < list.Count ? [QuizLists.SplitOff(list, list.Cast<ListItemBlock>().Skip(items.Count))] : []);
        }

        var end = next;
        while (end < blocks.Count && blocks[end] is FencedCodeBlock)
        {
            end++;
        }

        return (end, [.. Range(next, end).Cast<FencedCodeBlock>().Select(f => QuizOptionReader.FromFence(f, false))], []);
    }

    /// <summary>
    /// The explanation ends at the next heading that is not an "Explanation" label. QUIZ-FORMAT.md lets deeper
    /// headings continue it; none do in the notes, and stopping keeps lesson content from hiding behind "Show answer".
    /// </summary>
    private int ExplanationEnd(int from)
    {
        var end = from;
        while (end < blocks.Count && !(blocks[end] is HeadingBlock && !QuizHeadings.IsExplanationLabel(blocks[end])))
        {
            end++;
        }

        return end;
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

    /// <summary>A paragraph's last line that nearly is a marker (SG0301), or is one but misspelt (SG0308): both fixable.</summary>
    private void ReportMarkerSpelling(Block block)
    {
        if (block is not ParagraphBlock paragraph || QuizText.LastLine(paragraph, QuizMarker.MaxLineLength) is not { } line)
        {
            return;
        }

        var written = line.Trim();
        var (code, message) = QuizMarker.IsNearMiss(written)
            ? (QuizDiagnosticCodes.NearMissMarker, $"\"{written}\" looks like a \"{QuizMarker.Canonical}\" marker but is not one; the question was not recognised")
            : QuizMarker.IsMisspelt(written)
                ? (QuizDiagnosticCodes.MisspeltMarker, $"\"{written}\" is read as the \"{QuizMarker.Canonical}\" marker, but is misspelt")
                : (null, "");
        if (code is not null)
        {
            diagnostics.Add(new QuizDiagnostic(code, paragraph.Line + QuizText.LineCount(paragraph), 1, message, Fix: (written, QuizMarker.Canonical)));
        }
    }

    private List<Block> Range(int start, int end) => [.. blocks.Take(end).Skip(start)];

    private static QuizDiagnostic At(string code, Block block, string message) =>
        new(code, block.Line + 1, block.Column + 1, message);

    /// <summary>Drops leading and trailing thematic breaks (page separators).</summary>
    private static IEnumerable<Block> WithoutSeparators(IEnumerable<Block> blocks) =>
        blocks.SkipWhile(b => b is ThematicBreakBlock).Reverse().SkipWhile(b => b is ThematicBreakBlock).Reverse();
}
