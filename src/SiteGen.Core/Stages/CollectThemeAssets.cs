using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Stages;

/// <summary>Publishes the theme's static files under their fingerprinted names.</summary>
public sealed class CollectThemeAssets : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context) =>
        [.. documents, .. context.Theme.Assets.Select(a =>
            Document.Create(a.FullPath, a.OutputPath).With(DocumentKeys.CopyFrom, a.FullPath))];
}
