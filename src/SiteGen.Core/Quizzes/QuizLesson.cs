using SiteGen.Markdown.Quiz;

namespace SiteGen.Core.Quizzes;

/// <summary>A page with quiz questions: its title, its site-root-relative URL (percent-encoded), its source file, its questions.</summary>
public sealed record QuizLesson(string Title, string Href, string SourcePath, IReadOnlyList<QuizQuestion> Questions);
