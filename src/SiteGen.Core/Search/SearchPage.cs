namespace SiteGen.Core.Search;

/// <summary>What the index builder is given for one page: where it is, its course, its sections and quiz questions.</summary>
public sealed record SearchPage(
    string Url,
    string Title,
    string? Course,
    IReadOnlyList<SearchSection> Sections,
    IReadOnlyList<SearchQuestion> Questions);
