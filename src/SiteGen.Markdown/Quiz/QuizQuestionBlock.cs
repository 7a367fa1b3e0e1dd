using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>
/// One recognised question. Its children are the explanation blocks, so the page's own renderer (with all its
/// extensions) renders them.
/// </summary>
public sealed class QuizQuestionBlock : ContainerBlock
{
    public QuizQuestionBlock(QuizQuestion question)
        : base(null)
    {
        Question = question;
    }

    public QuizQuestion Question { get; }
}
