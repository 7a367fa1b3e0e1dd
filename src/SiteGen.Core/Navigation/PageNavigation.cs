namespace SiteGen.Core.Navigation;

/// <summary>Where one page sits: its course, its breadcrumbs, and its neighbours in reading order.</summary>
public sealed record PageNavigation(
    Course? Course,
    IReadOnlyList<NavItem> Breadcrumbs,
    NavItem? Previous,
    NavItem? Next);
