namespace SiteGen.Markdown.Quiz;

/// <summary>Options of <see cref="QuizExtension"/>.</summary>
public sealed class QuizOptions
{
    /// <summary>
    /// Renders one quiz to HTML (the site plugs a theme partial in here). When null the extension writes its own
    /// accessible fallback markup.
    /// </summary>
    public Func<QuizBlockModel, string>? RenderQuiz { get; init; }
}
