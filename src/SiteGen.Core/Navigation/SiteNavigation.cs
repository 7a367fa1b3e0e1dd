namespace SiteGen.Core.Navigation;

/// <summary>
/// The whole site's navigation, built once per build and shared by every page: the courses, and the pages outside
/// every course grouped by folder.
/// </summary>
public sealed record SiteNavigation(NavItem? Home, NavItem? Catalogue, IReadOnlyList<Course> Courses, IReadOnlyList<NavGroup> Other)
{
    /// <summary>Titles more than one page has, in order: those pages' head titles name their course (or folder) too.</summary>
    public IReadOnlyList<string> SharedTitles { get; init; } = [];
}
