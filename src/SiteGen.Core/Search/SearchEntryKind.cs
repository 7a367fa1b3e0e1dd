namespace SiteGen.Core.Search;

/// <summary>What a search entry stands for: a page's lead-in (the text before its first heading), a heading's section, a quiz question.</summary>
public enum SearchEntryKind
{
    Page = 0,
    Heading = 1,
    Question = 2,
}
