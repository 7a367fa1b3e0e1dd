namespace SiteGen.Core.Navigation;

/// <summary>
/// One entry of the navigation: a page (or a heading of one), by its site-root-relative URL, percent-encoded
/// (<see cref="Pages.PagePaths.Url"/>): write it into an attribute HTML-escaped, never decode it to a path.
/// </summary>
public sealed record NavItem(string Title, string Href, string? SourcePath = null, string? Week = null);
