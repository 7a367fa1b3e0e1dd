namespace SiteGen.Core.Search;

/// <summary>
/// A word of the index, its Porter stem, and the ascending ids of what holds it: the pages whose title has it, and
/// the entries (see <see cref="SearchTerms"/>) whose heading or question stem has it, and whose text has it.
/// </summary>
public sealed record SearchTerm(string Word, string Stem, IReadOnlyList<int> Titles, IReadOnlyList<int> Headings, IReadOnlyList<int> Bodies);
