using System.Collections.Immutable;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>One small step of a pipeline: documents in, documents out.</summary>
public interface IStage
{
    ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context);
}
