namespace SiteGen.Core.Quizzes;

/// <summary>A course's quiz pages in reading order, and the URL of its review page.</summary>
public sealed record QuizCourse(string Key, string Title, string Folder, IReadOnlyList<QuizLesson> Lessons)
{
    public string ReviewHref => Folder + "/review.html";

    public string GiftPath => Folder + "/quizzes.gift";

    public int QuestionCount => Lessons.Sum(l => l.Questions.Count);
}
