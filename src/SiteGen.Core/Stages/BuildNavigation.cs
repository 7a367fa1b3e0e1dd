using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Stages;

/// <summary>Sees every page at once: builds the site's navigation and gives each page its place in it.</summary>
public sealed class BuildNavigation : IStage
{
    public const string SiteKey = "site-navigation";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var builder = new NavigationBuilder(documents.Select(d => d.Get<PageInfo>(DocumentKeys.Page)));
        var site = builder.Build();
        var placements = builder.Place(site);
        foreach (var page in builder.Unreachable(site))
        {
            context.Warning(page, 1, 1, DiagnosticCodes.Unreachable,
                "no chain of links from the home page or the catalogue reaches this page",
                "link it from its course index");
        }

        return [.. documents.Select(d => d.With(DocumentKeys.Navigation, placements[d.SourcePath]).With(SiteKey, site))];
    }
}
