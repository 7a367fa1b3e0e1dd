using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>Recognises quizzes written as ordinary headings and lists, after Markdig's parse.</summary>
public sealed class QuizExtension(QuizOptions options) : IMarkdownExtension
{
    public QuizOptions Options { get; } = options;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Unsubscribe first: Setup runs on every Build(), and must stay idempotent.
        pipeline.DocumentProcessed -= OnDocumentProcessed;
        pipeline.DocumentProcessed += OnDocumentProcessed;
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.Find<ParagraphBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= QuizPageKey.Capture;
                parser.Closed += QuizPageKey.Capture;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlQuizRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlQuizRenderer(Options));
        }
    }

    private static void OnDocumentProcessed(MarkdownDocument document) => QuizAggregator.Run(document);
}
