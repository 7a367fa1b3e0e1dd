namespace SiteGen.Core.Preview;

/// <summary>How the theme changed since the previous rebuild, from least to most work.</summary>
public enum ThemeChange
{
    None,

    /// <summary>Only stylesheets of <c>assets/</c> changed: pages need new stylesheet URLs, nothing else.</summary>
    Stylesheets,

    /// <summary>Other static files changed: every page is laid out again.</summary>
    Assets,

    /// <summary>A template changed (or the theme is new): every page is processed and laid out again.</summary>
    Templates,
}
