namespace SiteGen.Markdown.Html;

/// <summary>
/// Something the sanitiser took out of a tag: an attribute, a style, the element itself or a comment a browser ends
/// early. <see cref="UnsafeUrl"/> is set when it was taken out because its URL has a scheme a page must not link to;
/// <see cref="ShownAsText"/> when the reader sees it as written instead (an autolink such as <c>&lt;str:pet_id&gt;</c>,
/// which the notes write as a placeholder).
/// </summary>
public sealed record HtmlRemoval(string What, string? UnsafeUrl = null, bool ShownAsText = false);
