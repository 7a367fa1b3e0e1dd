namespace SiteGen.Core.Templating;

/// <summary>What a layout sees as <c>site</c>.</summary>
public sealed record SiteModel(string Title, string? BaseUrl, string? RepoUrl, string? BodyEnd);
