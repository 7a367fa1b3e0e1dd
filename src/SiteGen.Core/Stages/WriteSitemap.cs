using System.Collections.Immutable;
using System.Xml.Linq;
using SiteGen.Core.Documents;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Stages;

/// <summary>Adds <c>sitemap.xml</c> listing every page of the notes (not vendored ones) by absolute URL; only a build given --base-url can.</summary>
public sealed class WriteSitemap(string pagesPipeline) : IStage
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (context.Options.BaseUrl is not { } baseUrl)
        {
            return documents;
        }

        var urls = context.Outputs[pagesPipeline]
            .Where(d => !PagePaths.IsVendored(d.SourcePath))
            .Select(d => d.DestinationPath)
            .Order(StringComparer.Ordinal)
            .Select(path => new XElement(Ns + "url", new XElement(Ns + "loc", baseUrl + PagePaths.Url(path))));
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
        return [.. documents, Document.Create("sitemap.xml", "sitemap.xml", xml.Declaration + "\n" + xml.Root + "\n")];
    }
}
