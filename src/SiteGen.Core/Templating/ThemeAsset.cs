namespace SiteGen.Core.Templating;

/// <summary>
/// A static file of the theme: <see cref="RelativePath"/> inside <c>assets/</c> (<c>css/site.css</c>) and the
/// fingerprinted site path it is published under (<c>assets/css/site.1a2b3c4d5e.css</c>).
/// </summary>
public sealed record ThemeAsset(string RelativePath, string FullPath, string OutputPath);
