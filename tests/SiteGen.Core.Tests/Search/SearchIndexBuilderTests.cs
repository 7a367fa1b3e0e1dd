using SiteGen.Core.Search;

namespace SiteGen.Core.Tests.Search;

public sealed class SearchIndexBuilderTests
{
    private static readonly SearchSection[] Sections =
    [
        new("", "Week 6: Elastic Beanstalk", 0, "Lead in."),
        new("week-6-elastic-beanstalk", "Week 6: Elastic Beanstalk", 1, "Deploys web apps."),
        new("persistent-storage", "Persistent storage", 2, "Logs go to Amazon S3, logs rotate."),
    ];

    private static SearchPage Lesson(string url = "docs/w06.html", IReadOnlyList<SearchQuestion>? questions = null, SearchSection[]? sections = null) =>
        new(url, "Week 6: Elastic Beanstalk", "Developer Intermediate 1", SearchPageText.Of(sections ?? Sections), questions ?? []);

    [Fact]
    public void Indexes_each_section_of_a_page_by_its_heading_and_its_words_once()
    {
        var index = SearchIndexBuilder.Build([Lesson()]);

        Assert.Equal([SearchEntryKind.Page, SearchEntryKind.Heading, SearchEntryKind.Heading], index.Entries.Select(e => e.Kind));
        var storage = index.Entries[2];
        Assert.Equal(("persistent-storage", "Persistent storage", 2), (storage.Anchor, storage.Title, storage.Snippet));
        Assert.Equal(["logs", "go", "to", "amazon", "s3", "rotate"], storage.Words.Split(' '));
        Assert.Equal("lead in", index.Entries[0].Words);
    }

    [Fact]
    public void Indexes_quiz_questions_by_stem_options_and_explanation_after_the_sections()
    {
        var question = new SearchQuestion("w06-3", "Which service stores logs?", ["Amazon S3", "Amazon EC2"],
            "S3 keeps rotated logs durably.");

        var index = SearchIndexBuilder.Build([Lesson(questions: [question])]);

        var entry = Assert.Single(index.Entries, e => e.Kind == SearchEntryKind.Question);
        Assert.Equal(("q-w06-3", "Which service stores logs?", 3), (entry.Anchor, entry.Title, entry.Snippet));
        Assert.Contains("ec2", entry.Words.Split(' '));
        Assert.Contains("durably", entry.Words.Split(' '));
    }

    [Fact]
    public void Has_no_duplicate_pages_questions_or_words()
    {
        var repeated = new SearchQuestion("x", "Stem?", ["a"], "");

        var index = SearchIndexBuilder.Build([Lesson("b.html"), Lesson("a.html", questions: [repeated, repeated]), Lesson("b.html")]);

        Assert.Equal(["a.html", "b.html"], index.Pages.Select(p => p.Url));
        Assert.Equal(index.Entries.Count, index.Entries.DistinctBy(e => (e.Page, e.Snippet)).Count());
        Assert.Single(index.Entries, e => e.Kind == SearchEntryKind.Question);
        Assert.All(index.Entries, e => Assert.Equal(e.Words.Split(' ').Length, e.Words.Split(' ').Distinct().Count()));
    }

    [Fact]
    public void Lists_courses_once_sorted_and_pages_without_a_course_as_none()
    {
        var index = SearchIndexBuilder.Build([Lesson("b.html"), Lesson("a.html") with { Course = null }, Lesson("c.html")]);

        Assert.Equal(["Developer Intermediate 1"], index.Courses);
        Assert.Equal([-1, 0, 0], index.Pages.Select(index.CourseOf));
    }
}
