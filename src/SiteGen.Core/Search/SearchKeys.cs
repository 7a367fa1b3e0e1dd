namespace SiteGen.Core.Search;

/// <summary>Metadata keys of search.</summary>
public static class SearchKeys
{
    /// <summary><see cref="SearchPageText"/>: a page's headings, words and snippets, taken before the layout wraps it.</summary>
    public const string Text = "search-text";
}
