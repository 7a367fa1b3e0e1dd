using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Templating;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Core.Quizzes;

/// <summary>
/// Renders one quiz block through the theme's <c>partials/quiz.sbn</c>: what <see cref="QuizOptions.RenderQuiz"/>
/// calls while Markdig renders a page. Thread-safe: a <see cref="TemplateContext"/> per thread over the parsed theme.
/// </summary>
public sealed class QuizPartialRenderer(Theme theme, DiagnosticBag diagnostics)
{
    public const string Partial = "partials/quiz.sbn";

    /// <summary>The renderer for <paramref name="theme"/>, or null when the theme has no quiz partial (the recogniser's own markup then).</summary>
    public static QuizPartialRenderer? For(Theme theme, DiagnosticBag diagnostics) =>
        theme.Resolve(Partial) is null ? null : new QuizPartialRenderer(theme, diagnostics);

    public string Render(QuizBlockModel quiz)
    {
        var path = theme.Resolve(Partial)!;
        var globals = new ScriptObject { ["quiz"] = quiz };
        QuizTemplateFunctions.Import(globals);
        try
        {
            return TemplateContexts.Render(theme, globals, context => RenderBuffer.Render(theme.Templates[path], context));
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(e.Span.FileName ?? path, e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                DiagnosticCodes.TemplateError, e.OriginalMessage);
            return "";
        }
    }
}
