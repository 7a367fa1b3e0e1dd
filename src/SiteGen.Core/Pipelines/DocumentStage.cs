using System.Collections.Immutable;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>A stage that maps each document on its own, on all cores, keeping the order.</summary>
public abstract class DocumentStage : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var results = new Document[documents.Length];
        Parallel.For(0, documents.Length, i => results[i] = Process(documents[i], context));
        return [.. results];
    }

    protected abstract Document Process(Document document, BuildContext context);
}
