using System.Text.Json;
using AngleSharp.Html.Parser;

namespace SiteGen.Core.Tests.Quizzes;

/// <summary>The real notes (<c>&lt;repo-root&gt;/../shared/notes</c>) through the whole build; returns early without them.</summary>
public sealed class NotesQuizExportTests
{
    [Fact]
    public void Notes_export_every_recognised_question_and_render_each_one()
    {
        if (FindNotes() is not { } notes)
        {
            return;
        }

        using var site = QuizFixtureSite.Of(notes);
        var questions = JsonDocument.Parse(site.Read("quizzes.json")).RootElement.GetProperty("questions").EnumerateArray().ToList();
        var kinds = questions.GroupBy(q => q.GetProperty("kind").GetString()!).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(site.Result.Succeeded);
        Assert.Equal(769, kinds["choice"]);
        Assert.Equal(316, kinds["answer-key"]);
        Assert.Equal(50, kinds["bullet"]);
        var rendered = questions.Select(q => q.GetProperty("lesson").GetString()!).Distinct()
            .SelectMany(lesson => new HtmlParser().ParseDocument(site.Read(lesson)).QuerySelectorAll("form.quiz-question[data-question-id]")
                .Select(f => f.GetAttribute("data-question-id")!))
            .Order(StringComparer.Ordinal);
        Assert.Equal(questions.Select(q => q.GetProperty("id").GetString()!).Order(StringComparer.Ordinal), rendered);
        Assert.Equal(questions.Count, questions.Select(q => q.GetProperty("id").GetString()).Distinct().Count());
    }

    private static string? FindNotes()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var notes = Path.Combine(dir.FullName, "shared", "notes");
            if (Directory.Exists(Path.Combine(notes, "docs")))
            {
                return notes;
            }
        }

        return null;
    }
}
