using System.Diagnostics.CodeAnalysis;
using Scriban.Runtime;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Core.Quizzes;

/// <summary>The helpers quiz templates call: <c>quiz_kind q</c>, <c>quiz_is_choice q</c>.</summary>
public static class QuizTemplateFunctions
{
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Scriban reflects over the delegate's own method, which the delegate keeps; SiteGen's assemblies are not trimmed (TrimMode partial).")]
    public static void Import(ScriptObject globals)
    {
        globals.Import("quiz_kind", new Func<QuizQuestion, string>(q => KindName(q.Kind)));
        globals.Import("quiz_is_choice", new Func<QuizQuestion, bool>(IsChoice));
    }

    /// <summary>The kind as quizzes.json and <c>data-kind</c> spell it.</summary>
    public static string KindName(QuizKind kind) => kind switch
    {
        QuizKind.Choice => "choice",
        QuizKind.AnswerKey => "answer-key",
        _ => "bullet",
    };

    /// <summary>A question the student answers by picking options; the others are reveal cards.</summary>
    public static bool IsChoice(QuizQuestion question) =>
        question.Kind == QuizKind.Choice || (question.Options.Any(o => o.Correct) && question.Options.Any(o => !o.Correct));
}
