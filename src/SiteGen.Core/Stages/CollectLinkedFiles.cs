using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Stages;

/// <summary>Publishes the files that pages link to or embed (images, PDFs, scripts), each once, at its own path.</summary>
public sealed class CollectLinkedFiles(string pagesPipeline) : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var targets = context.Outputs[pagesPipeline]
            .SelectMany(d => d.Get<PageInfo>(DocumentKeys.Page).Links)
            .Select(l => l.Target)
            .OfType<string>()
            .Where(t => !PagePaths.IsMarkdown(t))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. documents, .. targets.Select(t => Document.Create(t, t).With(DocumentKeys.CopyFrom, context.Files.FullPath(t)))];
    }
}
