using SiteGen.Core.Documents;
using SiteGen.Core.Text;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Core.Search;

/// <summary>A page's recognised quiz questions (its <see cref="DocumentKeys.Quizzes"/> metadata) as search entries.</summary>
public static class QuizSearchQuestions
{
    public static IReadOnlyList<SearchQuestion> Of(Document page) =>
        page.Find<IReadOnlyList<QuizQuestion>>(DocumentKeys.Quizzes) is { } questions
            ? [.. questions.Select(q => new SearchQuestion(q.Id, q.StemText, [.. q.Options.Select(o => o.Text)], HtmlText.Of(q.ExplanationHtml)))]
            : [];
}
