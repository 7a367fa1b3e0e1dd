namespace SiteGen.Core.Navigation;

/// <summary>The whole site's navigation, built once per build and shared by every page.</summary>
public sealed record SiteNavigation(NavItem? Home, NavItem? Catalogue, IReadOnlyList<Course> Courses, IReadOnlyList<NavItem> Other);
