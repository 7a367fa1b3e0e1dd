using SiteGen.Browser.Tests.Infrastructure;

namespace SiteGen.Browser.Tests.Quizzes;

/// <summary>tests/fixtures/quiz built once: two courses, dialect A, B and C questions.</summary>
public sealed class QuizSite() : SiteFixture("quiz")
{
    public const string LessonA = "docs/one/lesson-a.html";
    public const string LessonC = "docs/one/lesson-c.html";
    public const string CourseOne = "docs/one/one.html";
    public const string ReviewOne = "docs/one/review.html";
}
