namespace SiteGen.Core.Navigation;

/// <summary>One entry of the navigation: a page (or a heading of one), by its site-root-relative URL.</summary>
public sealed record NavItem(string Title, string Href, string? SourcePath = null, string? Week = null);
