namespace SiteGen.Core.Navigation;

/// <summary>
/// Pages grouped under their folder: those of a course that its index does not list ("labs", "capstone"), and
/// pages outside every course. <see cref="Folder"/> is the folder's path from the site root.
/// </summary>
public sealed record NavGroup(string Title, string Folder, IReadOnlyList<NavItem> Pages);
