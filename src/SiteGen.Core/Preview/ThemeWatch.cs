using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Templating;

namespace SiteGen.Core.Preview;

/// <summary>
/// The theme of a preview (the theme folder with the site's <c>_theme/</c> overrides), loaded again only when one of
/// its files changed; remembers the diagnostics loading gave, so every rebuild reports them until they are fixed.
/// </summary>
public sealed class ThemeWatch(SiteOptions options)
{
    private FileSnapshot? _files;
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    public string Root { get; } = options.ThemeDirectory ?? SiteBuilder.DefaultTheme;

    public string Overrides { get; } = Path.Combine(options.InputDirectory, "_theme");

    public Theme Theme { get; private set; } = null!;

    /// <summary>Loads the theme again if it changed; adds its diagnostics to <paramref name="diagnostics"/>.</summary>
    public ThemeChange Refresh(DiagnosticBag diagnostics)
    {
        var files = FileSnapshot.Take([Root, Overrides]);
        var change = _files is null ? ThemeChange.Templates : Classify(files.ChangedSince(_files));
        if (change != ThemeChange.None)
        {
            var loading = new DiagnosticBag();
            Theme = Theme.Load(Root, Overrides, loading);
            _diagnostics = loading.Sorted();
            _files = files;
        }

        foreach (var diagnostic in _diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return change;
    }

    private static ThemeChange Classify(IReadOnlyList<string> changed) =>
        changed.Count == 0 ? ThemeChange.None
        : changed.All(IsStylesheet) ? ThemeChange.Stylesheets
        : changed.Any(p => !IsAsset(p)) ? ThemeChange.Templates
        : ThemeChange.Assets;

    private static bool IsAsset(string path) => path.Replace('\\', '/').Contains("/assets/", StringComparison.Ordinal);

    private static bool IsStylesheet(string path) => IsAsset(path) && path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);
}
