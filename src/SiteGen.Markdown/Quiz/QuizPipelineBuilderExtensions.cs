using Markdig;

namespace SiteGen.Markdown.Quiz;

public static class QuizPipelineBuilderExtensions
{
    /// <summary>Adds quiz recognition. Calling it twice keeps one extension (the first options win).</summary>
    public static MarkdownPipelineBuilder UseQuizzes(this MarkdownPipelineBuilder pipeline, QuizOptions? options = null)
    {
        if (!pipeline.Extensions.Contains<QuizExtension>())
        {
            pipeline.Extensions.Add(new QuizExtension(options ?? new QuizOptions()));
        }

        return pipeline;
    }
}
