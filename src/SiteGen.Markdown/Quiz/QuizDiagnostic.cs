namespace SiteGen.Markdown.Quiz;

/// <summary>
/// A finding about a page's quizzes. <see cref="Line"/> and <see cref="Column"/> are one-based. <see cref="Fix"/>,
/// when set, is a safe repair on that line: replace its first text by its second.
/// </summary>
public sealed record QuizDiagnostic(
    string Code, int Line, int Column, string Message, QuizSeverity Severity = QuizSeverity.Warning, (string Find, string Replace)? Fix = null);
