using SiteGen.Core.Documents;
using SiteGen.Core.Search;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Core.Tests.Search;

public sealed class QuizSearchQuestionsTests
{
    private static readonly Document Page = Document.Create("w06.md", "w06.html");

    [Fact]
    public void A_page_without_quiz_metadata_has_no_questions()
    {
        Assert.Empty(QuizSearchQuestions.Of(Page));
    }

    [Fact]
    public void Takes_stem_options_and_explanation_text_of_recognised_questions()
    {
        var question = new QuizQuestion
        {
            Id = "abc123",
            Kind = QuizKind.Choice,
            StemHtml = "What is <code>x</code>?",
            StemText = "What is x?",
            Options = [new QuizOption("Right", "Right", true), new QuizOption("Wrong", "Wrong", false)],
            ExplanationHtml = "<p>Because <strong>reasons</strong>.</p>",
            Line = 3,
        };
        IReadOnlyList<QuizQuestion> questions = [question];

        var found = Assert.Single(QuizSearchQuestions.Of(Page.With(DocumentKeys.Quizzes, questions)));

        Assert.Equal(("abc123", "What is x?", "q-abc123"), (found.Id, found.Stem, found.Anchor));
        Assert.Equal(["Right", "Wrong"], found.Options);
        Assert.Contains("Because reasons", found.Explanation, StringComparison.Ordinal);
    }
}
