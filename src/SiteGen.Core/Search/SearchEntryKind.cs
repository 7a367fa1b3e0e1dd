namespace SiteGen.Core.Search;

/// <summary>What a search result stands for; the numbers are written into the index.</summary>
public enum SearchEntryKind
{
    Page = 0,
    Heading = 1,
    Question = 2,
}
