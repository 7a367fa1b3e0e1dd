namespace SiteGen.Core.Search;

/// <summary>
/// The index lines (<see cref="SearchIndexScript.Line"/>) of the words that start with <see cref="Key"/>, one file the
/// browser loads when a query word starts with the key or the key with the word; its words are sorted.
/// </summary>
public sealed record SearchShard(string Key, IReadOnlyList<string> Lines);
