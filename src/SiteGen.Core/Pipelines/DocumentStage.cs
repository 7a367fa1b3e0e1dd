using System.Collections.Immutable;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>
/// A stage that maps each document on its own. The runner fuses a run of such stages so that each document
/// goes through all of them on one core before the next: its syntax tree lives only while it is worked on.
/// </summary>
public abstract class DocumentStage : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var results = new Document?[documents.Length];
        Parallel.For(0, documents.Length, i => results[i] = DocumentRun.Through([this], documents[i], context));
        return [.. results.OfType<Document>()];
    }

    /// <summary>Maps one document; what <see cref="Execute"/> does for each.</summary>
    public Document ProcessOne(Document document, BuildContext context) => Process(document, context);

    protected abstract Document Process(Document document, BuildContext context);
}
