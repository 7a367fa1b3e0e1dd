using Markdig;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Scaffolding;
using SiteGen.Core.Tests.TestSupport;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Core.Tests.Scaffolding;

public sealed class LessonScaffolderTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sitegen-scaffold-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Adds_a_week_heading_entry_to_a_week_heading_index_in_lowercase_style()
    {
        var input = CopyFixture("week-headings");

        var result = Create(input, "docs/aci/120-course", "Databases 1", 3);

        Assert.True(result.Succeeded);
        Assert.Equal("docs/aci/120-course/w03databases1.md", result.LessonPath);
        var index = File.ReadAllLines(Path.Combine(input, "docs/aci/120-course/course.md"));
        Assert.Equal(
            ["### Week 2: [Cloud Intro Part 2](./w02cloudintropart2.md)", "### Week 3: [Databases 1](./w03databases1.md)", "### Week 4: [Compute 1](./w04compute1.md)"],
            index[^3..]);
    }

    [Fact]
    public void Adds_a_bullet_after_the_last_week_to_a_flat_list_index_in_pascal_style()
    {
        var input = CopyFixture("flat-list");

        var result = Create(input, "docs/aci/170-course", "Django Models", null);

        Assert.Equal("docs/aci/170-course/W050DjangoModels.md", result.LessonPath);
        var index = File.ReadAllLines(Path.Combine(input, "docs/aci/170-course/course.md"));
        var added = Array.IndexOf(index, "* Week 5: [Django Models](./W050DjangoModels.md)");
        Assert.Equal("* Week 4: [Django Overview](./W040DjangoOverview.md)", index[added - 1]);
        Assert.Equal("* [Slack Canvas Resources](./canvas.md)", index[added + 1]);
    }

    [Fact]
    public void Adds_a_week_item_and_a_nested_lesson_item_to_a_nested_list_index()
    {
        var input = CopyFixture("nested-list");

        var result = Create(input, "docs/aci/165-course", "Algorithms Part 1", 3);

        Assert.Equal("docs/aci/165-course/W03AlgorithmsPart1.md", result.LessonPath);
        var index = File.ReadAllLines(Path.Combine(input, "docs/aci/165-course/course.md"));
        Assert.Equal(["* Week 3", "  * [Algorithms Part 1](./W03AlgorithmsPart1.md)"], index[^2..]);
    }

    [Fact]
    public void Writes_title_back_links_that_resolve_and_a_quiz_skeleton_the_recogniser_reads()
    {
        var input = CopyFixture("flat-list");

        var result = Create(input, "docs/aci/170-course", "Django Views", 5);

        var path = Path.Combine(input, result.LessonPath!);
        var text = File.ReadAllText(path);
        Assert.StartsWith("# Django Views\n", text, StringComparison.Ordinal);
        Assert.Contains("[aci.md](../aci.md)", text, StringComparison.Ordinal);
        Assert.Contains("[README.md](../../../README.md)", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "../aci.md")));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "../../../README.md")));
        var document = Markdig.Markdown.Parse(text, new MarkdownPipelineBuilder().UseQuizzes().Build());
        var questions = QuizResults.Get(document);
        Assert.Equal(2, questions.Count);
        Assert.Equal(["Pre-assessment", "Knowledge Check"], questions.Select(q => q.Section));
        Assert.Empty(QuizResults.GetDiagnostics(document));
    }

    [Fact]
    public void Refuses_to_overwrite_and_leaves_every_file_as_it_was()
    {
        var input = CopyFixture("flat-list");
        var index = Path.Combine(input, "docs/aci/170-course/course.md");
        var before = File.ReadAllText(index);

        var result = Create(input, "docs/aci/170-course", "Django Overview", 4);

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.LessonExists, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, File.ReadAllText(index));
        Assert.Equal("# W040DjangoOverview\n", File.ReadAllText(Path.Combine(input, "docs/aci/170-course/W040DjangoOverview.md")));
    }

    [Fact]
    public void Reports_a_missing_course_folder()
    {
        var input = CopyFixture("flat-list");

        var result = Create(input, "docs/aci/999-nothing", "Anything", 1);

        Assert.Equal(DiagnosticCodes.CourseMissing, Assert.Single(result.Diagnostics).Code);
    }

    private static NewLessonResult Create(string input, string course, string title, int? week) =>
        LessonScaffolder.Create(new NewLessonRequest(input, course, title, week, RepoPaths.DefaultTheme));

    private string CopyFixture(string name)
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "fixtures", "scaffold", name);
        var target = Path.Combine(_temp, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
