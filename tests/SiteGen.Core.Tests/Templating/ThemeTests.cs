using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Templating;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Templating;

public sealed class ThemeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Override_file_at_the_same_relative_path_wins()
    {
        // Given a site override of one partial
        var overrides = _folder.Combine("input", "_theme");
        var footer = _folder.Write("input/_theme/partials/footer.sbn", "<footer>custom</footer>\n");
        var diagnostics = new DiagnosticBag();

        // When
        var theme = Theme.Load(RepoPaths.DefaultTheme, overrides, diagnostics);

        // Then
        Assert.Equal(footer, theme.Resolve("partials/footer.sbn"));
        Assert.Equal(Path.Combine(RepoPaths.DefaultTheme, "partials", "header.sbn"), theme.Resolve("partials/header.sbn"));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Override_asset_is_published_from_the_site_with_its_own_fingerprint()
    {
        var overrides = _folder.Combine("input", "_theme");
        var css = _folder.Write("input/_theme/assets/css/site.css", "body { color: rebeccapurple; }\n");

        var plain = Theme.Load(RepoPaths.DefaultTheme, null, new DiagnosticBag());
        var theme = Theme.Load(RepoPaths.DefaultTheme, overrides, new DiagnosticBag());

        var asset = Assert.Single(theme.Assets, a => a.RelativePath == "css/site.css");
        Assert.Equal(css, asset.FullPath);
        Assert.NotEqual(plain.AssetUrls["css/site.css"], theme.AssetUrls["css/site.css"]);
        Assert.Equal(plain.Assets.Count, theme.Assets.Count);
    }

    [Fact]
    public void Site_override_shows_in_the_built_page()
    {
        using var site = new TestSite(("README.md", "# Home\n"), ("_theme/partials/footer.sbn", "<footer>OVERRIDDEN FOOTER</footer>\n"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("OVERRIDDEN FOOTER", site.ReadOutput("index.html"));
        Assert.False(File.Exists(Path.Combine(site.Output, "_theme", "partials", "footer.sbn")));
    }

    [Fact]
    public void Template_syntax_error_names_the_theme_file_and_line()
    {
        // Given a theme whose page layout has an unclosed block on line 3
        var themeRoot = CopyOfDefaultTheme();
        File.WriteAllText(Path.Combine(themeRoot, "layouts", "page.sbn"), "<html>\n<body>\n{{ if page.title }}\n</body>\n");
        var diagnostics = new DiagnosticBag();

        // When
        Theme.Load(themeRoot, null, diagnostics);

        // Then
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.True(error.IsError);
        Assert.Equal(Path.Combine(themeRoot, "layouts", "page.sbn"), error.Path);
        Assert.InRange(error.Line, 3, 5);
    }

    [Fact]
    public void Missing_theme_folder_is_an_error()
    {
        var diagnostics = new DiagnosticBag();

        Theme.Load(_folder.Combine("no-theme"), null, diagnostics);

        Assert.Equal([DiagnosticCodes.ThemeMissing], diagnostics.Sorted().Select(d => d.Code));
    }

    [Fact]
    public void Assets_are_published_under_content_fingerprinted_names()
    {
        var theme = Theme.Load(RepoPaths.DefaultTheme, null, new DiagnosticBag());

        var css = theme.AssetUrls["css/site.css"];

        Assert.Matches(new Regex(@"^assets/css/site\.[0-9a-f]{10}\.css$"), css);
        Assert.All(theme.Assets, a => Assert.StartsWith("assets/", a.OutputPath));
    }

    [Fact]
    public void Fingerprint_changes_with_the_asset_content()
    {
        // Given two copies of the theme that differ in one stylesheet
        var changed = CopyOfDefaultTheme();
        File.AppendAllText(Path.Combine(changed, "assets", "css", "site.css"), "\n/* changed */\n");

        // When
        var before = Theme.Load(RepoPaths.DefaultTheme, null, new DiagnosticBag()).AssetUrls;
        var after = Theme.Load(changed, null, new DiagnosticBag()).AssetUrls;

        // Then
        Assert.NotEqual(before["css/site.css"], after["css/site.css"]);
        Assert.Equal(before["js/site.js"], after["js/site.js"]);
    }

    private string CopyOfDefaultTheme()
    {
        var target = _folder.Combine("theme-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.DefaultTheme, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(RepoPaths.DefaultTheme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
