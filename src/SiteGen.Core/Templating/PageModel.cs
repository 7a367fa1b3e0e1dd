using SiteGen.Core.Navigation;
using SiteGen.Core.Pages;

namespace SiteGen.Core.Templating;

/// <summary>
/// What a layout sees as <c>page</c>. URLs in <see cref="NavItem.Href"/> are site-root-relative; prefix them with
/// <see cref="Root"/> (or call <c>url</c>) so the site works at a domain root, under a sub-path and from file://.
/// </summary>
public sealed record PageModel(
    string Title,
    string Href,
    string Root,
    string Content,
    IReadOnlyList<Heading> Toc,
    IReadOnlyList<NavItem> Breadcrumbs,
    NavItem? Previous,
    NavItem? Next,
    string? CourseKey,
    string? CourseTitle,
    string? SourcePath,
    string Folder,
    string? EditUrl,
    string? SourceUrl,
    bool IsHome)
{
    /// <summary>The page's description for search engines and link previews (<see cref="Pages.PageInfo.Description"/>).</summary>
    public string Description { get; init; } = "";

    /// <summary>The title for the browser tab and search engines: <see cref="Title"/>, with the course's title added when another page has the same title.</summary>
    public string HeadTitle { get; init; } = Title;

    /// <summary>False for pages search engines should not list: vendored files and licences, the 404 page.</summary>
    public bool Indexed { get; init; } = true;
}
