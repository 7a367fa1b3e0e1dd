namespace SiteGen.Core.Pages;

/// <summary>
/// A link or image of a page as written, and what it resolved to. <see cref="Target"/> is the input file it
/// points at (after case or trailing-space repair), or null for external, broken and repository links.
/// <see cref="Context"/> is the plain text of the heading or paragraph holding it ("Week 4: Django Overview").
/// </summary>
public sealed record PageLink(
    string Url,
    string? Target,
    string? Fragment,
    int Line,
    int Column,
    bool IsImage,
    string Text,
    string Context);
