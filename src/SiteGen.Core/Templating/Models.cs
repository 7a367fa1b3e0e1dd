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
            info.SourcePath == site.Catalogue?.SourcePath ? [] : [.. info.Headings.Where(h => h.Level is 2 or 3)],
            place.Breadcrumbs,
            place.Previous,
            place.Next,
            place.Course?.Key,
            place.Course?.Title,
            info.SourcePath,
            PagePaths.Folder(info.SourcePath),
            source is null ? null : EditUrl(source),
            source,
            info.SourcePath == site.Home?.SourcePath)
        {
            Description = info.Description,
            HeadTitle = site.SharedTitles.Contains(info.Title) && QualifierOf(info, place) is { } qualifier
                ? $"{info.Title} · {qualifier}"
                : info.Title,
            Indexed = !PagePaths.IsVendored(info.SourcePath),
        };
    }

    private static string? QualifierOf(PageInfo info, PageNavigation place) =>
        place.Course is { } course && course.Title != info.Title ? course.Title
        : PagePaths.Folder(info.SourcePath) is { Length: > 0 } folder ? folder[(folder.LastIndexOf('/') + 1)..] : null;

    /// <summary>GitHub's edit page for a blob URL (<c>/blob/</c> becomes <c>/edit/</c>); the blob URL elsewhere.</summary>
    private static string EditUrl(string sourceUrl) => sourceUrl.Replace("/blob/", "/edit/", StringComparison.Ordinal);
}
