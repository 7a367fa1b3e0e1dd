namespace SiteGen.Markdown.Quiz;

/// <summary>What a theme gets to render one quiz: the section title and its questions, explanations rendered.</summary>
public sealed record QuizBlockModel(string? Section, IReadOnlyList<QuizQuestion> Questions);
