using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Core.Building;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Quizzes;
using SiteGen.Core.Stages;

namespace SiteGen.Core.Tests.Quizzes;

public sealed class QuizWiringTests(QuizFixtureSite site) : IClassFixture<QuizFixtureSite>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Fixture_site_builds_without_findings()
    {
        Assert.True(site.Result.Succeeded);
        Assert.Empty(site.Result.Diagnostics);
    }

    [Fact]
    public void Pages_pipeline_collects_quizzes_after_parsing_and_indexes_them_before_layout()
    {
        var pages = SiteBuilder.Pipelines(writes: true).Single(p => p.Name == SiteBuilder.Pages);

        Assert.Equal(pages.Process.IndexOf(pages.Process.OfType<ParseMarkdown>().Single()) + 1,
            pages.Process.IndexOf(pages.Process.OfType<CollectQuizzes>().Single()));
        Assert.True(pages.PostProcess.IndexOf(pages.PostProcess.OfType<IndexQuizzes>().Single())
                    < pages.PostProcess.IndexOf(pages.PostProcess.OfType<ApplyLayout>().Single()));
    }

    [Fact]
    public void Lesson_renders_each_question_through_the_theme_partial_as_a_form()
    {
        var page = Parser.ParseDocument(site.Read("docs/one/lesson-a.html"));

        var forms = page.QuerySelectorAll("form.quiz-question[data-question-id]");
        Assert.Equal(4, forms.Length);
        Assert.All(forms, f => Assert.NotNull(f.QuerySelector("fieldset > legend")));
        Assert.Equal(4, page.QuerySelectorAll("form[data-correct-count='2'] input[type=checkbox]").Length);
        Assert.Equal("card", forms[3].GetAttribute("data-mode"));
    }

    [Fact]
    public void Answers_stay_inside_a_closed_details_element()
    {
        var page = Parser.ParseDocument(site.Read("docs/one/lesson-a.html"));

        Assert.All(page.QuerySelectorAll(".quiz-correct, .quiz-explanation"), e => Assert.NotNull(e.Closest("details.quiz-answer")));
        Assert.All(page.QuerySelectorAll("details.quiz-answer"), d => Assert.False(d.HasAttribute("open")));
    }

    [Fact]
    public void Option_that_is_html_shows_as_text()
    {
        var page = Parser.ParseDocument(site.Read("docs/one/lesson-a.html"));

        var texts = page.QuerySelectorAll(".quiz-option__text").Select(e => e.TextContent).ToList();
        Assert.Contains("<span>", texts);
        Assert.Contains("<iframe>", texts);
        Assert.Empty(page.QuerySelectorAll(".quiz-option__text span, .quiz-option__text iframe"));
    }

    [Fact]
    public void Every_exported_id_is_a_rendered_data_question_id()
    {
        var exported = Questions().Select(q => (Lesson: q.GetProperty("lesson").GetString()!, Id: q.GetProperty("id").GetString()!)).ToList();

        Assert.Equal(7, exported.Count);
        foreach (var (lesson, id) in exported)
        {
            var page = Parser.ParseDocument(site.Read(lesson));
            Assert.NotNull(page.QuerySelector($"[data-question-id='{id}']#q-{id}"));
        }
    }

    [Fact]
    public void Quizzes_json_follows_the_schema()
    {
        var question = Questions().First();

        Assert.Equal(["course", "lesson", "lessonTitle", "id", "kind", "section", "stem", "stemHtml", "options", "explanation", "source"],
            question.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("docs/one", question.GetProperty("course").GetString());
        Assert.Equal("docs/one/lesson-a.html", question.GetProperty("lesson").GetString());
        Assert.Equal("choice", question.GetProperty("kind").GetString());
        Assert.Equal("Which service stores objects in buckets?", question.GetProperty("stem").GetString());
        Assert.Equal(["text", "html", "correct"], question.GetProperty("options")[0].EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("docs/one/lesson-a.md", question.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(9, question.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal(["choice", "choice", "choice", "answer-key", "bullet", "bullet", "choice"],
            Questions().Select(q => q.GetProperty("kind").GetString()!).ToArray());
    }

    [Fact]
    public void Exports_are_deterministic()
    {
        using var again = new QuizFixtureSite();

        Assert.Equal(site.Read("quizzes.json"), again.Read("quizzes.json"));
        Assert.Equal(site.Read("docs/one/quizzes.gift"), again.Read("docs/one/quizzes.gift"));
        Assert.Equal(site.Read("quiz-index.js"), again.Read("quiz-index.js"));
    }

    [Fact]
    public void Each_course_gets_a_review_page_linked_from_its_sidebar_and_a_gift_file()
    {
        var review = Parser.ParseDocument(site.Read("docs/one/review.html"));
        var lesson = Parser.ParseDocument(site.Read("docs/one/lesson-a.html"));

        Assert.Equal(6, review.QuerySelectorAll("[data-question-id]").Length);
        Assert.Equal("../../docs/one/lesson-a.html#q-" + Questions().First().GetProperty("id").GetString(),
            review.QuerySelector(".quiz-source a")!.GetAttribute("href"));
        Assert.Equal("../../docs/one/review.html", lesson.QuerySelector(".sidebar a.nav-review")!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(site.Output, "docs/two/quizzes.gift")));
    }

    [Fact]
    public void Quiz_index_script_lists_question_ids_per_page()
    {
        var script = site.Read("quiz-index.js");
        var json = script[(script.IndexOf('=') + 1)..].Trim().TrimEnd(';');

        var lessons = JsonDocument.Parse(json).RootElement.GetProperty("lessons");
        Assert.Equal(4, lessons.GetProperty("docs/one/lesson-a.html").GetArrayLength());
        Assert.Equal(1, lessons.GetProperty("docs/two/lesson-b.html").GetArrayLength());
    }

    [Fact]
    public void Near_miss_is_reported_with_file_and_line()
    {
        var input = Directory.CreateTempSubdirectory("sitegen-quiz-in-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(input, "README.md"), "# Home\n\n#### Which is right?\n\nWrong answers:\n\n* Nothing\n");
            using var built = QuizFixtureSite.Of(input);

            var finding = Assert.Single(built.Result.Diagnostics, d => d.Code.StartsWith("SG03", StringComparison.Ordinal));
            Assert.EndsWith("README.md", finding.Path);
            Assert.True(finding.Line > 0);
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    private IEnumerable<JsonElement> Questions() =>
        JsonDocument.Parse(site.Read("quizzes.json")).RootElement.GetProperty("questions").EnumerateArray();
}
