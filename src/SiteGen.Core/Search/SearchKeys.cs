namespace SiteGen.Core.Search;

/// <summary>Metadata keys of search.</summary>
public static class SearchKeys
{
    /// <summary><c>IReadOnlyList&lt;SearchSection&gt;</c>: a page's text per heading, taken before the layout wraps it.</summary>
    public const string Sections = "search-sections";
}
