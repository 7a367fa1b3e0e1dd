using SiteGen.Core.Documents;
using SiteGen.Core.Search;

namespace SiteGen.Core.Tests.Search;

public sealed class QuizSearchQuestionsTests
{
    private static readonly Document Page = Document.Create("w06.md", "w06.html");

    [Fact]
    public void A_page_without_quiz_metadata_has_no_questions()
    {
        Assert.Empty(QuizSearchQuestions.Of(Page, _ => throw new InvalidOperationException("not called")));
    }

    [Fact]
    public void Maps_quiz_recognition_questions_and_keeps_search_questions()
    {
        var ready = new SearchQuestion("a", "Stem?", [], "");
        var page = Page.With(SearchKeys.Quizzes, new object[] { ready, "b", 42 });

        var questions = QuizSearchQuestions.Of(page, item => item is string id ? new SearchQuestion(id, "Other?", [], "") : null);

        Assert.Equal(["a", "b"], questions.Select(q => q.Id));
    }
}
