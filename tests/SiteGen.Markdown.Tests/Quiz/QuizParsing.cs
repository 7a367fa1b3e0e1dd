using Markdig;
using Markdig.Syntax;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>Parses Markdown the way the site does: quizzes on, page key passed through the parser context.</summary>
internal static class QuizParsing
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UseQuizzes().Build();

    public static MarkdownDocument Parse(string markdown, string pageKey = "docs/test.md") =>
        Markdig.Markdown.Parse(markdown, Pipeline, QuizPageKey.NewContext(pageKey));

    public static IReadOnlyList<QuizQuestion> Questions(string markdown, string pageKey = "docs/test.md") =>
        QuizResults.Get(Parse(markdown, pageKey));

    public static IReadOnlyList<string> Codes(string markdown) =>
        [.. QuizResults.GetDiagnostics(Parse(markdown)).Select(d => d.Code)];

    public static string Html(string markdown, MarkdownPipeline? pipeline = null)
    {
        pipeline ??= Pipeline;
        return Markdig.Markdown.ToHtml(markdown, pipeline);
    }
}
