namespace SiteGen.Core.Pages;

/// <summary>What parsing a note taught us about its page: the facts navigation, checks and search build on.</summary>
public sealed record PageInfo(
    string SourcePath,
    string OutputPath,
    string Title,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<PageLink> Links);
