namespace SiteGen.Core.Search;

/// <summary>Where a section of a page starts: its heading's id ("" for the lead-in), text (the page title for the lead-in) and level.</summary>
public sealed record SearchHeading(string Anchor, string Title, int Level);
