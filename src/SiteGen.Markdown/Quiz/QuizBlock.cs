using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>One run of consecutive questions in a section; holds <see cref="QuizQuestionBlock"/> children.</summary>
public sealed class QuizBlock : ContainerBlock
{
    public QuizBlock(string? section)
        : base(null)
    {
        Section = section;
    }

    public string? Section { get; }

    public IEnumerable<QuizQuestionBlock> Questions => this.OfType<QuizQuestionBlock>();
}
