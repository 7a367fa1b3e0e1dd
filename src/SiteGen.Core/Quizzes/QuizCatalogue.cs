using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pages;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Core.Quizzes;

/// <summary>
/// Every quiz of the site: the courses' quiz pages in reading order, then the pages outside every course by path.
/// The one ordering the exports, the review pages and the progress index share.
/// </summary>
public sealed record QuizCatalogue(IReadOnlyList<QuizCourse> Courses, IReadOnlyList<QuizLesson> Loose)
{
    public static QuizCatalogue Build(IEnumerable<Document> pages, SiteNavigation navigation)
    {
        var lessons = pages
            .Select(p => (Info: p.Get<PageInfo>(DocumentKeys.Page), Questions: p.Find<IReadOnlyList<QuizQuestion>>(DocumentKeys.Quizzes) ?? []))
            .Where(p => p.Questions.Count > 0)
            .ToDictionary(p => p.Info.SourcePath, p => new QuizLesson(p.Info.Title, PagePaths.Url(p.Info.OutputPath), p.Info.SourcePath, p.Questions), StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var courses = new List<QuizCourse>();
        foreach (var course in navigation.Courses)
        {
            var inCourse = course.ReadingOrder()
                .Select(i => i.SourcePath)
                .OfType<string>()
                .Where(s => lessons.ContainsKey(s) && placed.Add(s))
                .Select(s => lessons[s])
                .ToImmutableArray();
            if (inCourse.Length > 0)
            {
                courses.Add(new QuizCourse(course.Key, course.Title, course.Folder, inCourse));
            }
        }

        var loose = lessons.Keys.Where(s => !placed.Contains(s)).Order(StringComparer.Ordinal).Select(s => lessons[s]).ToImmutableArray();
        return new QuizCatalogue(courses, loose);
    }

    /// <summary>Every lesson with its course (null outside every course), in catalogue order.</summary>
    public IEnumerable<(QuizCourse? Course, QuizLesson Lesson)> Lessons() =>
        Courses.SelectMany(c => c.Lessons.Select(l => ((QuizCourse?)c, l))).Concat(Loose.Select(l => ((QuizCourse?)null, l)));

    /// <summary>The review page of the course <paramref name="courseKey"/>, or null when it has no questions.</summary>
    public string? ReviewHref(string? courseKey) => Courses.FirstOrDefault(c => c.Key == courseKey)?.ReviewHref;
}
