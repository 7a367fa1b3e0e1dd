namespace SiteGen.Markdown.Html;

/// <summary>
/// One raw HTML tag after the sanitiser: the HTML to write (the tag as the author wrote it when nothing was taken
/// out, else the sanitised tag; empty for a comment) and what was taken out.
/// </summary>
public sealed record SanitisedTag(string Html, IReadOnlyList<HtmlRemoval> Removals)
{
    /// <summary>The element could not be kept at all: the reader sees the tag as text instead.</summary>
    public bool ShownAsText { get; init; }
}
