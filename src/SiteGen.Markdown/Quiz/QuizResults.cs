using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>
/// The per-document outcome of quiz recognition, stored on the <see cref="MarkdownDocument"/> (no disk, no logger).
/// </summary>
public sealed class QuizResults
{
    private static readonly object DataKey = typeof(QuizResults);

    internal QuizResults(IReadOnlyList<QuizQuestion> questions, IReadOnlyList<QuizDiagnostic> diagnostics)
    {
        Questions = questions;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<QuizQuestion> Questions { get; }

    public IReadOnlyList<QuizDiagnostic> Diagnostics { get; }

    /// <summary>The questions recognised in <paramref name="document"/>, in source order (empty if none).</summary>
    public static IReadOnlyList<QuizQuestion> Get(MarkdownDocument document) => Of(document).Questions;

    /// <summary>The diagnostics raised while recognising quizzes in <paramref name="document"/>.</summary>
    public static IReadOnlyList<QuizDiagnostic> GetDiagnostics(MarkdownDocument document) => Of(document).Diagnostics;

    private static QuizResults Of(MarkdownDocument document) =>
        document.GetData(DataKey) as QuizResults ?? new QuizResults([], []);

    internal static void Set(MarkdownDocument document, QuizResults results) => document.SetData(DataKey, results);
}
