namespace SiteGen.Core.Search;

/// <summary>
/// The text of a page from one heading to the next: <see cref="Anchor"/> is the heading's id ("" for the text
/// before the first heading), <see cref="Heading"/> its plain text (the page title for the lead-in).
/// </summary>
public sealed record SearchSection(string Anchor, string Heading, int Level, string Text);
