namespace SiteGen.Markdown.Quiz;

/// <summary>A finding about a page's quizzes. <see cref="Line"/> and <see cref="Column"/> are one-based.</summary>
public sealed record QuizDiagnostic(string Code, int Line, int Column, string Message, QuizSeverity Severity = QuizSeverity.Warning);
