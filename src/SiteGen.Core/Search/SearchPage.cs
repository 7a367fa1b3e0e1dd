namespace SiteGen.Core.Search;

/// <summary>What the index builder is given for one page: where it is, its course, its search text and quiz questions.</summary>
public sealed record SearchPage(
    string Url,
    string Title,
    string? Course,
    SearchPageText Text,
    IReadOnlyList<SearchQuestion> Questions);
