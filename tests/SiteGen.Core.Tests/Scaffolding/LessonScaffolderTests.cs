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

    [Fact]
    public void Inserts_a_title_with_dollar_signs_literally_and_the_next_lesson_copies_a_sound_line()
    {
        var input = CopyFixture("flat-list");
        var index = Path.Combine(input, "docs/aci/170-course/course.md");

        var first = Create(input, "docs/aci/170-course", "Costs $0 to $1 and $$", 5);
        var second = Create(input, "docs/aci/170-course", "Budgets ${name}", 6);

        Assert.True(first.Succeeded && second.Succeeded);
        var lines = File.ReadAllLines(index);
        Assert.Contains("* Week 5: [Costs $0 to $1 and $$](./W050Costs0To1And.md)", lines);
        Assert.Contains("* Week 6: [Budgets ${name}](./W060BudgetsName.md)", lines);
        Assert.StartsWith("# Costs $0 to $1 and $$\n", File.ReadAllText(Path.Combine(input, first.LessonPath!)), StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_brackets_and_backslashes_of_the_title_in_the_index_link()
    {
        var input = CopyFixture("flat-list");

        var result = Create(input, "docs/aci/170-course", "Arrays [a] \\ b", 5);

        Assert.True(result.Succeeded);
        Assert.Contains("* Week 5: [Arrays \\[a\\] \\\\ b](./W050ArraysAB.md)", File.ReadAllLines(Path.Combine(input, "docs/aci/170-course/course.md")));
    }

    [Theory]
    [InlineData("../elsewhere")]
    [InlineData("docs/../../elsewhere")]
    [InlineData("/tmp")]
    public void Refuses_a_course_outside_the_input_and_writes_nothing(string course)
    {
        var input = CopyFixture("flat-list");
        var elsewhere = Path.Combine(_temp, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "course.md"), "# Course\n\n* Week 1: [A](./W010A.md)\n");
        File.WriteAllText(Path.Combine(elsewhere, "W010A.md"), "# A\n");

        var result = Create(input, course, "Escape", 2);

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.CourseOutsideInput, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(2, Directory.GetFiles(elsewhere).Length);
    }

    [Fact]
    public void Refuses_a_course_reached_through_a_symbolic_link_that_leaves_the_input()
    {
        var input = CopyFixture("flat-list");
        var elsewhere = Path.Combine(_temp, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "course.md"), "# Course\n\n* Week 1: [A](./W010A.md)\n");
        File.WriteAllText(Path.Combine(elsewhere, "W010A.md"), "# A\n");
        Directory.CreateSymbolicLink(Path.Combine(input, "docs/aci/linked"), elsewhere);

        var result = Create(input, "docs/aci/linked", "Escape", 2);

        Assert.Equal(DiagnosticCodes.CourseOutsideInput, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(2, Directory.GetFiles(elsewhere).Length);
    }

    [Fact]
    public void A_course_linked_inside_the_input_is_written_to_its_real_folder()
    {
        var input = CopyFixture("flat-list");
        Directory.CreateSymbolicLink(Path.Combine(input, "docs/aci/alias"), Path.Combine(input, "docs/aci/170-course"));

        var result = Create(input, "docs/aci/alias", "Django Models", 5);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(input, "docs/aci/170-course/W050DjangoModels.md")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Line one\nLine two")]
    [InlineData("Line one\r\n")]
    [InlineData("Tab\u0007bell")]
    [InlineData("!!! ??? ...")]
    public void Refuses_an_unusable_title_with_SG0704(string title)
    {
        var input = CopyFixture("flat-list");
        var before = Directory.GetFiles(Path.Combine(input, "docs/aci/170-course"));

        var result = Create(input, "docs/aci/170-course", title, 5);

        Assert.Equal(DiagnosticCodes.LessonTitleInvalid, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(input, "docs/aci/170-course")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(100)]
    [InlineData(int.MaxValue)]
    public void Refuses_a_week_out_of_range_with_SG0705(int week)
    {
        var input = CopyFixture("flat-list");

        var result = Create(input, "docs/aci/170-course", "Django Models", week);

        Assert.Equal(DiagnosticCodes.LessonWeekInvalid, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Caps_a_long_title_s_file_name_at_a_word_boundary_and_keeps_the_title_whole()
    {
        var input = CopyFixture("flat-list");
        var title = string.Join(' ', Enumerable.Repeat("Elastic Beanstalk deployment", 40));

        var result = Create(input, "docs/aci/170-course", title, 5);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var name = Path.GetFileNameWithoutExtension(result.LessonPath!);
        Assert.InRange(name.Length, 60, LessonFileName.MaxLength);
        Assert.Matches("(Elastic|Beanstalk|Deployment)$", name);
        Assert.StartsWith($"# {title}\n", File.ReadAllText(Path.Combine(input, result.LessonPath!)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Café Crème brûlée", "W050CafeCremeBrulee.md")]
    [InlineData("Straße & Øresund", "W050StrasseOresund.md")]
    [InlineData("Введение в Python", "W050ВведениеВPython.md")]
    [InlineData("日本語の基礎", "W050日本語の基礎.md")]
    public void Transliterates_accents_in_the_file_name_and_keeps_the_title_as_written(string title, string expected)
    {
        var input = CopyFixture("flat-list");

        var result = Create(input, "docs/aci/170-course", title, 5);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("docs/aci/170-course/" + expected, result.LessonPath);
        Assert.StartsWith($"# {title}\n", File.ReadAllText(Path.Combine(input, result.LessonPath!)), StringComparison.Ordinal);
        Assert.Contains($"[{title}](./{Uri.EscapeDataString(expected)})", File.ReadAllText(Path.Combine(input, "docs/aci/170-course/course.md")));
    }

    [Fact]
    public void Caps_a_long_non_latin_title_by_bytes_too()
    {
        var input = CopyFixture("flat-list");

        var result = Create(input, "docs/aci/170-course", string.Concat(Enumerable.Repeat("日本語", 100)), 5);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(Path.GetFileNameWithoutExtension(result.LessonPath!)), 100, LessonFileName.MaxBytes);
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
