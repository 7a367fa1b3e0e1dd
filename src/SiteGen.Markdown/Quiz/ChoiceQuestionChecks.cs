using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>Warnings about a recognised choice question: missing options, duplicates, "Select N" mismatch.</summary>
internal static class ChoiceQuestionChecks
{
    public static IEnumerable<QuizDiagnostic> Check(QuizQuestion question, HeadingBlock heading)
    {
        var quiz = $"quiz \"{question.StemText}\"";
        if (question.CorrectCount == 0)
        {
            yield return At(QuizDiagnosticCodes.NoCorrectOption, heading, $"{quiz} has no correct option");
        }

        if (question.Options.All(o => o.Correct))
        {
            yield return At(QuizDiagnosticCodes.NoWrongOption, heading, $"{quiz} has no wrong option");
        }

        var correct = question.Options.Where(o => o.Correct).Select(o => o.Text).ToHashSet(StringComparer.Ordinal);
        if (question.Options.Any(o => !o.Correct && correct.Contains(o.Text)))
        {
            yield return At(QuizDiagnosticCodes.CorrectOptionAlsoWrong, heading, $"{quiz} lists a correct option among the wrong ones");
        }

        var select = QuizHeadings.SelectCount(question.StemText);
        if (select > 0 && select != question.CorrectCount)
        {
            yield return At(QuizDiagnosticCodes.SelectCountMismatch, heading, $"{quiz} asks to select {select} but has {question.CorrectCount} correct options");
        }
    }

    private static QuizDiagnostic At(string code, Block block, string message) =>
        new(code, block.Line + 1, block.Column + 1, message);
}
