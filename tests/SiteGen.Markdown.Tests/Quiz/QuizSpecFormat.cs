using System.Text;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>
/// The compact text form the spec examples expect: one line per question, one per option (+ correct, - wrong),
/// the explanation on one line, one line per diagnostic (codes only: tests assert codes, not wording).
/// </summary>
internal static class QuizSpecFormat
{
    public static string Describe(IReadOnlyList<QuizQuestion> questions, IReadOnlyList<QuizDiagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var question in questions)
        {
            var kind = question.Kind switch { QuizKind.Choice => "choice", QuizKind.AnswerKey => "answer-key", _ => "bullet" };
            var multi = question.MultiSelect ? " multi" : "";
            text.Append($"{kind}{multi} L{question.Line} [{question.Section ?? "-"}] {question.StemText}\n");
            if (question.StemBodyHtml.Length > 0)
            {
                text.Append($"  stem: {OneLine(question.StemBodyHtml)}\n");
            }

            foreach (var option in question.Options)
            {
                text.Append($"  {(option.Correct ? '+' : '-')} {OneLine(option.Html)}\n");
            }

            if (question.ExplanationHtml.Length > 0)
            {
                text.Append($"  explanation: {OneLine(question.ExplanationHtml)}\n");
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            text.Append($"! {diagnostic.Code} L{diagnostic.Line}\n");
        }

        return text.Length == 0 ? "(no questions)\n" : text.ToString();
    }

    /// <summary>Newlines shown as "\n" so each entry stays on one line.</summary>
    private static string OneLine(string html) => html.TrimEnd('\n').Replace("\n", "\\n", StringComparison.Ordinal);
}
