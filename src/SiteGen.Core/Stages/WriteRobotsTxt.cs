using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Stages;

/// <summary>Adds <c>robots.txt</c>: every page may be crawled, and with --base-url it names the sitemap.</summary>
public sealed class WriteRobotsTxt : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var text = "User-agent: *\nAllow: /\n"
            + (context.Options.BaseUrl is { } baseUrl ? $"\nSitemap: {baseUrl}sitemap.xml\n" : "");
        return [.. documents, Document.Create("robots.txt", "robots.txt", text)];
    }
}
