namespace SiteGen.Core.Pages;

/// <summary>What parsing a note taught us about its page: the facts navigation, checks and search build on.</summary>
public sealed record PageInfo(
    string SourcePath,
    string OutputPath,
    string Title,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<PageLink> Links)
{
    /// <summary>What a search result or a link preview says of the page: its first paragraph, shortened; "" when it has none.</summary>
    public string Description { get; init; } = "";
}
