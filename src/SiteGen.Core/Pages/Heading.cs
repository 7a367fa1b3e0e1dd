namespace SiteGen.Core.Pages;

/// <summary>A heading of a page, for its table of contents.</summary>
public sealed record Heading(int Level, string Id, string Text);
