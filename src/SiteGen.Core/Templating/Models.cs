using SiteGen.Core.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pages;

namespace SiteGen.Core.Templating;

/// <summary>Builds the models layouts see from a build's documents and options.</summary>
public static class Models
{
    public static SiteModel Site(SiteOptions options) =>
        new(options.SiteTitle, options.BaseUrl, options.RepoUrl, options.BodyEndHtml);

    public static PageModel Page(Document document, SiteNavigation site, SiteOptions options)
    {
        var info = document.Get<PageInfo>(DocumentKeys.Page);
        var place = document.Get<PageNavigation>(DocumentKeys.Navigation);
        var source = options.RepoUrl is null ? null : options.RepoUrl + PagePaths.Url(info.SourcePath);
        return new PageModel(
            info.Title,
            PagePaths.Url(info.OutputPath),
            PagePaths.RootPrefix(info.OutputPath),
            document.Content,
            [.. info.Headings.Where(h => h.Level is 2 or 3)],
            place.Breadcrumbs,
            place.Previous,
            place.Next,
            place.Course?.Key,
            place.Course?.Title,
            info.SourcePath,
            PagePaths.Folder(info.SourcePath),
            source is null ? null : EditUrl(source),
            source,
            info.SourcePath == site.Home?.SourcePath);
    }

    /// <summary>GitHub's edit page for a blob URL (<c>/blob/</c> becomes <c>/edit/</c>); the blob URL elsewhere.</summary>
    private static string EditUrl(string sourceUrl) => sourceUrl.Replace("/blob/", "/edit/", StringComparison.Ordinal);
}
