namespace SiteGen.Core.Navigation;

/// <summary>
/// A course: its index page, the lessons the index lists (in its order), the sections of a single-page course
/// (its week headings), and the other pages of its folder.
/// </summary>
public sealed record Course(
    string Key,
    string Title,
    NavItem Index,
    string Folder,
    IReadOnlyList<NavItem> Lessons,
    IReadOnlyList<NavItem> Sections,
    IReadOnlyList<NavGroup> Groups)
{
    /// <summary>What the course is about: the first paragraph of its index page.</summary>
    public string Description { get; init; } = "";

    /// <summary>Every page of the course in reading order: the index, its lessons, then the rest.</summary>
    public IEnumerable<NavItem> ReadingOrder() =>
        new[] { Index }.Concat(Lessons).Concat(Groups.SelectMany(g => g.Pages));
}
