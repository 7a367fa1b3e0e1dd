namespace SiteGen.Core.Links;

/// <summary>What a link becomes on the site: its new URL and the input file it points at, if any.</summary>
public sealed record ResolvedLink(string Url, string? Target, string? Fragment)
{
    public static ResolvedLink Unchanged(string url) => new(url, null, null);
}
