namespace SiteGen.Core.Navigation;

/// <summary>Pages of a course that its index does not list, grouped under their folder ("labs", "capstone").</summary>
public sealed record NavGroup(string Title, IReadOnlyList<NavItem> Pages);
