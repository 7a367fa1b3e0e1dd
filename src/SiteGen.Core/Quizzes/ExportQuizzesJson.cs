using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Core.Documents;
using SiteGen.Core.IO;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Quizzes;

/// <summary>Adds <c>quizzes.json</c> at the site root: every question, in catalogue order.</summary>
public sealed class ExportQuizzesJson(string pagesPipeline) : IStage
{
    public const string Path = "quizzes.json";

    private static readonly JsonWriterOptions Format = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var pages = context.Outputs[pagesPipeline];
        var catalogue = pages.IsEmpty ? null : pages[0].Find<QuizCatalogue>(IndexQuizzes.CatalogueKey);
        return [.. documents, Serialize(catalogue, json => context.Finish(Document.Create(Path, Path), json))];
    }

    /// <summary>Writes the export in UTF-8 and gives the bytes, valid only during the call, to <paramref name="use"/>.</summary>
    public static T Serialize<T>(QuizCatalogue? catalogue, Func<ReadOnlySpan<byte>, T> use)
    {
        var questions = (catalogue?.Lessons() ?? []).SelectMany(entry => entry.Lesson.Questions.Select(q => new QuizExportQuestion(
            entry.Course?.Key, entry.Lesson.Href, entry.Lesson.Title, q.Id, QuizTemplateFunctions.KindName(q.Kind), q.Section,
            q.StemText, q.StemHtml, [.. q.Options.Select(o => new QuizExportOption(o.Text, o.Html, o.Correct))],
            q.ExplanationHtml, new QuizExportSource(entry.Lesson.SourcePath, q.Line))));
        var export = new QuizExport([.. questions]);
        return Utf8Output.Write(output =>
        {
            using (var writer = new Utf8JsonWriter(output, Format))
            {
                JsonSerializer.Serialize(writer, export, QuizJsonContext.Default.QuizExport);
            }

            output.Write("\n");
        }, use);
    }
}
