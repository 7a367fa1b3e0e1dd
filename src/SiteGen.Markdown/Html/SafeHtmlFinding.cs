namespace SiteGen.Markdown.Html;

/// <summary>Something the safe renderers take out of a page, at a zero-based line and column of its source.</summary>
/// <param name="Source">The link destination or raw HTML tag as written (shortened).</param>
public sealed record SafeHtmlFinding(int Line, int Column, string Source, HtmlRemoval Removal);
