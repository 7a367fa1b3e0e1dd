using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Stages;

namespace SiteGen.Core.Quizzes;

/// <summary>Sees every page once navigation is built: gathers the site's quizzes into one <see cref="QuizCatalogue"/>.</summary>
public sealed class IndexQuizzes : IStage
{
    public const string CatalogueKey = "quiz-catalogue";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (documents.IsEmpty)
        {
            return documents;
        }

        var catalogue = QuizCatalogue.Build(documents, documents[0].Get<SiteNavigation>(BuildNavigation.SiteKey));
        return [.. documents.Select(d => d.With(CatalogueKey, catalogue))];
    }
}
