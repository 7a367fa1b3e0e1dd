using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Quizzes;
using SiteGen.Core.Templating;

namespace SiteGen.Core.Stages;

/// <summary>
/// Puts each page's HTML body into the theme's page layout, with its navigation, on all cores; a build writes each
/// page as it is laid out (<see cref="BuildContext.Finish"/>). A page that fails to lay out is left out, reported.
/// </summary>
public sealed class ApplyLayout : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (documents.IsEmpty)
        {
            return documents;
        }

        var site = documents[0].Get<SiteNavigation>(BuildNavigation.SiteKey);
        var renderer = new LayoutRenderer(context.Theme, Models.Site(context.Options), site);
        var results = new Document?[documents.Length];
        Parallel.For(0, documents.Length, i =>
        {
            var document = documents[i];
            try
            {
                var model = Models.Page(document, site, context.Options);
                results[i] = renderer.Render(document, "page", model, context,
                    globals => globals["quiz_catalogue"] = document.Find<QuizCatalogue>(IndexQuizzes.CatalogueKey));
            }
            catch (Exception e)
            {
                // A template error is the renderer's SG0601; anything else one page sets off is that page's problem.
                PageFailure.Report(document.SourcePath, e, context);
            }
        });
        return [.. results.OfType<Document>()];
    }
}
