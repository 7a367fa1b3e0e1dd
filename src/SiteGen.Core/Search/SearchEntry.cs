namespace SiteGen.Core.Search;

/// <summary>
/// One searchable thing: a section of a page (the lead-in or a heading's, found by its heading and its text) or a
/// quiz question (found by its stem, options and explanation). <see cref="Words"/> are the distinct lower-case words
/// of its text, space-separated; its heading or stem is indexed from <see cref="Title"/>. <see cref="Snippet"/> is the
/// entry's place in its page's snippet file (sections, then questions), which holds the anchor and the text.
/// </summary>
public sealed record SearchEntry(
    SearchEntryKind Kind,
    int Page,
    string Anchor,
    int Snippet,
    string Title,
    string Words);
