using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Quizzes;

/// <summary>Adds <c>&lt;course&gt;/quizzes.gift</c> per course with questions, for import into Moodle.</summary>
public sealed class ExportGift(string pagesPipeline) : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var pages = context.Outputs[pagesPipeline];
        var catalogue = pages.IsEmpty ? null : pages[0].Find<QuizCatalogue>(IndexQuizzes.CatalogueKey);
        return [.. documents, .. (catalogue?.Courses ?? []).Select(c => Document.Create(c.GiftPath, c.GiftPath, GiftWriter.Write(c)))];
    }
}
