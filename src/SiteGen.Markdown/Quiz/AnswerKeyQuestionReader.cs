using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>
/// Dialect B: a question-like heading in a quiz section (or anywhere, when an "The other options are incorrect…"
/// paragraph follows) whose answer is given as a list with bold items, a bold paragraph, prose, or bold in the heading.
/// </summary>
internal sealed class AnswerKeyQuestionReader(IReadOnlyList<Block> blocks, QuizSectionMap sections, IReadOnlyList<RecognisedQuestion> taken, List<QuizDiagnostic> diagnostics)
{
    public List<RecognisedQuestion> Read()
    {
        var questions = new List<RecognisedQuestion>();
        for (var h = 0; h < blocks.Count; h++)
        {
            if (blocks[h] is not HeadingBlock heading || IsTaken(h) || QuizHeadings.IsQuizSection(heading)
                || QuizHeadings.IsExplanationLabel(heading))
            {
                continue;
            }

            var end = BodyEnd(h);
            var body = blocks.Take(end).Skip(h + 1).ToList();
            var section = sections.TitleOf(h);
            if (!IsQuestion(heading, body, section))
            {
                if (LooksLikeUnmarkedChoice(heading, body))
                {
                    Decline(heading, "has options and an explanation but no \"Wrong answers:\" line");
                }

                continue;
            }

            if (AnswerKeyAnswers.Read(heading, body) is { } answer)
            {
                var question = QuizQuestionFactory.Create(QuizKind.AnswerKey, heading, answer.Stem, answer.Options, section);
                if (answer.HeadingStem is { } stem)
                {
                    question = question with { StemText = stem, StemHtml = System.Net.WebUtility.HtmlEncode(stem) };
                }

                questions.Add(new RecognisedQuestion(h, end, question, answer.Explanation));
            }
            else if (section is not null)
            {
                Decline(heading, $"in quiz section \"{section}\" has no recognisable answer");
            }
        }

        return questions;
    }

    /// <summary>
    /// Question-like and in a quiz section; or followed by "The other options are incorrect…", which only ever
    /// follows a question.
    /// </summary>
    private static bool IsQuestion(HeadingBlock heading, List<Block> body, string? section)
    {
        // Cheapest test first: the second reads the text of every paragraph under the heading.
        var questionLike = QuizHeadings.IsQuestionLike(QuizHeadings.Text(heading))
            || body.FirstOrDefault() is ParagraphBlock first && QuizText.Of(first).EndsWith('?');
        return (questionLike && section is not null) || body.OfType<ParagraphBlock>()
            .Any(p => QuizText.StartsWith(p, "The other options are incorrect"));
    }

    /// <summary>A question heading, a list and an "Explanation" label: a choice question whose marker is missing.</summary>
    private static bool LooksLikeUnmarkedChoice(HeadingBlock heading, List<Block> body) =>
        QuizHeadings.IsQuestionLike(QuizHeadings.Text(heading)) && body.Any(b => b is ListBlock) && body.Any(QuizHeadings.IsExplanationLabel);

    private void Decline(HeadingBlock heading, string why) =>
        diagnostics.Add(new QuizDiagnostic(QuizDiagnosticCodes.NoRecognisableAnswer, heading.Line + 1, heading.Column + 1,
            $"question \"{QuizHeadings.Text(heading)}\" {why}; left as content"));

    private int BodyEnd(int h)
    {
        var end = h + 1;
        while (end < blocks.Count && !(blocks[end] is HeadingBlock && !QuizHeadings.IsExplanationLabel(blocks[end])))
        {
            end++;
        }

        return end;
    }

    private bool IsTaken(int index) => taken.Any(q => index >= q.Start && index < q.End);
}
