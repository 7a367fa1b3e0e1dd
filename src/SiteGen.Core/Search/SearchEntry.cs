namespace SiteGen.Core.Search;

/// <summary>
/// One searchable thing: a page (found by its title and all its words), a heading of a page (found by its text)
/// or a quiz question (found by its stem, options and explanation). <see cref="Words"/> are the distinct
/// lower-case words of the body the browser indexes, space-separated; the title is indexed from <see cref="Title"/>.
/// <see cref="Snippet"/> is the entry's place in its page's snippet file (sections, then questions), which holds
/// the anchor, so the index need not repeat it.
/// </summary>
public sealed record SearchEntry(
    SearchEntryKind Kind,
    int Page,
    string Anchor,
    int Snippet,
    string Title,
    string Words);
