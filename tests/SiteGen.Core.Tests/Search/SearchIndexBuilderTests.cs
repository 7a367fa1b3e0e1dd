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
        new(url, "Week 6: Elastic Beanstalk", "Developer Intermediate 1", SearchPageText.Of("Week 6: Elastic Beanstalk", sections ?? Sections),
            questions ?? []);

    [Fact]
    public void Indexes_a_page_by_its_title_and_every_word_once()
    {
        var index = SearchIndexBuilder.Build([Lesson()]);

        var page = index.Entries[0];
        Assert.Equal(SearchEntryKind.Page, page.Kind);
        Assert.Equal("Week 6: Elastic Beanstalk", page.Title);
        Assert.Equal(["week", "elastic", "beanstalk", "lead", "in", "deploys", "web", "apps", "persistent", "storage",
            "logs", "go", "to", "amazon", "s3", "rotate"], page.Words.Split(' '));
    }

    [Fact]
    public void Indexes_each_heading_below_the_title_with_its_anchor()
    {
        var index = SearchIndexBuilder.Build([Lesson()]);

        var heading = Assert.Single(index.Entries, e => e.Kind == SearchEntryKind.Heading);
        Assert.Equal(("persistent-storage", "Persistent storage", 2), (heading.Anchor, heading.Title, heading.Snippet));
        Assert.Empty(heading.Words);
    }

    [Fact]
    public void Indexes_quiz_questions_by_stem_options_and_explanation_at_their_anchor()
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
    public void Has_no_duplicate_pages_anchors_or_words()
    {
        var repeated = new SearchQuestion("x", "Stem?", ["a"], "");
        var clash = Lesson(sections: [.. Sections, new SearchSection("persistent-storage", "Persistent storage", 2, "Again.")]);

        var index = SearchIndexBuilder.Build([Lesson("b.html"), clash with { Url = "a.html", Questions = [repeated, repeated] }, Lesson("b.html")]);

        Assert.Equal(["a.html", "b.html"], index.Pages.Select(p => p.Url));
        Assert.Equal(index.Entries.Count, index.Entries.DistinctBy(e => (e.Page, e.Anchor)).Count());
        Assert.All(index.Entries, e => Assert.Equal(e.Words.Split(' ').Length, e.Words.Split(' ').Distinct().Count()));
        Assert.Equal([SearchEntryKind.Page, SearchEntryKind.Heading, SearchEntryKind.Question, SearchEntryKind.Page,
            SearchEntryKind.Heading], index.Entries.Select(e => e.Kind));
    }

    [Fact]
    public void Lists_courses_once_sorted_and_pages_without_a_course_as_none()
    {
        var index = SearchIndexBuilder.Build([Lesson("b.html"), Lesson("a.html") with { Course = null }, Lesson("c.html")]);

        Assert.Equal(["Developer Intermediate 1"], index.Courses);
        Assert.Equal([-1, 0, 0], index.Pages.Select(index.CourseOf));
    }
}
