using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Templating;

namespace SiteGen.Core.Stages;

/// <summary>
/// Adds <c>404.html</c> from the theme's <c>404</c> layout. A host serves it at any missing URL, so its links
/// start from the site's root path (from --base-url, else <c>/</c>) rather than being relative.
/// </summary>
public sealed class RenderNotFoundPage(string pagesPipeline) : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var pages = context.Outputs[pagesPipeline];
        var site = (pages.IsEmpty ? null : pages[0].Find<SiteNavigation>(BuildNavigation.SiteKey)) ?? new SiteNavigation(null, null, [], []);
        var root = context.Options.BaseUrl is { } baseUrl ? new Uri(baseUrl).AbsolutePath : "/";
        var model = new PageModel(Title: "Page not found", Href: "404.html", Root: root, Content: "", Toc: [], Breadcrumbs: [],
            Previous: null, Next: null, CourseKey: null, CourseTitle: null, SourcePath: null, Folder: "", EditUrl: null,
            SourceUrl: null, IsHome: false) { Indexed = false };
        var page = new LayoutRenderer(context.Theme, Models.Site(context.Options), site)
            .Render(Document.Create("404.html", "404.html"), "404", model, context);
        return page is null ? documents : [.. documents, page];
    }
}
