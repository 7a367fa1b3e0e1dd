namespace SiteGen.Markdown.Quiz;

public enum QuizSeverity
{
    Warning,
    Error,
}
