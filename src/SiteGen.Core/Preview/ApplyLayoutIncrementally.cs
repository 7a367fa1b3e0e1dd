using System.Collections.Immutable;
using System.Text.Json;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Quizzes;
using SiteGen.Core.Stages;
using SiteGen.Core.Templating;

namespace SiteGen.Core.Preview;

/// <summary>
/// <see cref="ApplyLayout"/> for a rebuild: a page whose body, page model, site navigation and quiz catalogue are
/// what they were keeps its HTML from <see cref="RenderedPages"/>; only the others are laid out again. A renamed
/// title or heading of an index, or a page added or removed, changes the navigation and so lays out every page.
/// </summary>
public sealed class ApplyLayoutIncrementally(RenderedPages cache) : IStage
{
    private readonly ApplyLayout _layout = new();

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (documents.IsEmpty)
        {
            cache.LastRendered = [];
            return documents;
        }

        var site = documents[0].Get<SiteNavigation>(BuildNavigation.SiteKey);
        cache.Begin(JsonSerializer.Serialize(site, PreviewJsonContext.Default.SiteNavigation) + "\n" + CatalogueShape(documents[0].Find<QuizCatalogue>(IndexQuizzes.CatalogueKey)));
        var results = new Document?[documents.Length];
        var models = new string[documents.Length];
        var missing = new List<int>();
        for (var i = 0; i < documents.Length; i++)
        {
            models[i] = JsonSerializer.Serialize(Models.Page(documents[i], site, context.Options) with { Content = "" }, PreviewJsonContext.Default.PageModel);
            if (cache.Find(documents[i].SourcePath, documents[i].Content, models[i]) is { } html)
            {
                results[i] = documents[i].WithContent(html);
            }
            else
            {
                missing.Add(i);
            }
        }

        var rendered = _layout.Execute([.. missing.Select(i => documents[i])], context).ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        foreach (var i in missing)
        {
            if (rendered.TryGetValue(documents[i].SourcePath, out var page))
            {
                cache.Remember(page.SourcePath, documents[i].Content, models[i], page.Content);
                results[i] = page;
            }
        }

        cache.LastRendered = [.. missing.Select(i => documents[i].SourcePath).Order(StringComparer.Ordinal)];
        return [.. results.OfType<Document>()];
    }

    /// <summary>What layouts read of the quiz catalogue: each course's quiz lessons and their questions, by id.</summary>
    private static string CatalogueShape(QuizCatalogue? catalogue) =>
        catalogue is null
            ? ""
            : string.Join('\n', catalogue.Courses.SelectMany(c => c.Lessons.Select(l =>
                $"{c.Key}\t{c.Title}\t{c.Folder}\t{l.Title}\t{l.Href}\t{string.Join(',', l.Questions.Select(q => q.Id))}")));
}
