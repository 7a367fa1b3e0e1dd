using SiteGen.Core.Pages;

namespace SiteGen.Core.Quizzes;

/// <summary>A course's quiz pages in reading order, and the URL of its review page.</summary>
public sealed record QuizCourse(string Key, string Title, string Folder, IReadOnlyList<QuizLesson> Lessons)
{
    /// <summary>Where the review page is written, site-root-relative.</summary>
    public string ReviewPath => Folder + "/review.html";

    /// <summary>The review page's URL (<see cref="ReviewPath"/> percent-encoded).</summary>
    public string ReviewHref => PagePaths.Url(ReviewPath);

    public string GiftPath => Folder + "/quizzes.gift";

    public int QuestionCount => Lessons.Sum(l => l.Questions.Count);
}
