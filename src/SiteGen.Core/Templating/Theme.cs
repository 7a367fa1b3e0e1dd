using System.Collections.Frozen;
using System.Security.Cryptography;
using Scriban;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.IO;

namespace SiteGen.Core.Templating;

/// <summary>
/// A theme folder (layouts/, partials/ in Scriban, assets/) with a site's overrides laid over it: a file at the
/// same relative path under the override folder wins. Templates are parsed once, with their paths, so errors name them.
/// </summary>
public sealed class Theme
{
    private readonly string _root;
    private readonly string? _overrides;
    private readonly FrozenDictionary<string, string> _files;

    private Theme(string root, string? overrides, FrozenDictionary<string, string> files, FrozenDictionary<string, Template> templates,
        IReadOnlyList<ThemeAsset> assets)
    {
        _root = root;
        _overrides = overrides;
        _files = files;
        Templates = templates;
        Assets = assets;
        AssetUrls = assets.ToFrozenDictionary(a => a.RelativePath, a => a.OutputPath, StringComparer.Ordinal);
    }

    /// <summary>Every template of the theme by its full path, as <see cref="ThemeTemplateLoader"/> names it.</summary>
    public FrozenDictionary<string, Template> Templates { get; }

    public IReadOnlyList<ThemeAsset> Assets { get; }

    public FrozenDictionary<string, string> AssetUrls { get; }

    /// <summary>
    /// The full path of a theme file, the override first; null when neither has it. The files found when the theme
    /// loaded are looked up, not asked of the disk again: every include of every page resolves a path.
    /// </summary>
    public string? Resolve(string relativePath)
    {
        if (relativePath.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(relativePath))
        {
            return null;
        }

        return _files.TryGetValue(relativePath, out var known) ? known : Locate(_root, _overrides, relativePath);
    }

    private static string? Locate(string root, string? overrides, string relativePath)
    {
        foreach (var folder in new[] { overrides, root }.OfType<string>())
        {
            var path = Path.Combine(folder, relativePath);
            if (File.Exists(path) && FolderWalker.IsFileInside(path, folder))
            {
                return path;
            }
        }

        return null;
    }

    public Template Layout(string name) =>
        Templates[Resolve($"layouts/{name}.sbn") ?? throw new InvalidOperationException($"theme has no layout '{name}'")];

    public static Theme Load(string root, string? overrides, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Error(root, 0, 0, DiagnosticCodes.ThemeMissing, "theme folder does not exist", "pass --theme with a theme folder");
            return new Theme(root, overrides, FrozenDictionary<string, string>.Empty, FrozenDictionary<string, Template>.Empty, []);
        }

        var files = RelativeFiles(root, diagnostics).Concat(overrides is null || !Directory.Exists(overrides) ? [] : RelativeFiles(overrides, diagnostics))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var located = files.ToFrozenDictionary(relative => relative, relative => Locate(root, overrides, relative)!, StringComparer.Ordinal);
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var assets = new List<ThemeAsset>();
        foreach (var relative in files)
        {
            var full = located[relative];
            if (relative.EndsWith(".sbn", StringComparison.Ordinal))
            {
                var template = Template.Parse(File.ReadAllText(full), full);
                foreach (var message in template.Messages)
                {
                    diagnostics.Error(full, message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                        DiagnosticCodes.TemplateError, message.Message);
                }

                templates[full] = template;
            }
            else if (relative.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets.Add(new ThemeAsset(relative["assets/".Length..], full, Fingerprint(relative, full)));
            }
        }

        return new Theme(root, overrides, located, templates.ToFrozenDictionary(StringComparer.Ordinal), assets);
    }

    /// <summary>The theme folder's files, walked as the input is: the override folder comes with a pull request's notes.</summary>
    private static IEnumerable<string> RelativeFiles(string root, DiagnosticBag diagnostics) =>
        FolderWalker.Walk(root, report: skipped =>
        {
            var path = Path.Combine(root, skipped.RelativePath);
            if (skipped.Code == DiagnosticCodes.FileUnreadable)
            {
                diagnostics.Error(path, 0, 0, skipped.Code, skipped.Message, skipped.Hint);
            }
            else
            {
                diagnostics.Warning(path, 0, 0, skipped.Code, skipped.Message, skipped.Hint);
            }
        });

    /// <summary><c>assets/css/site.css</c> becomes <c>assets/css/site.1a2b3c4d.css</c>, so it can be cached for ever.</summary>
    private static string Fingerprint(string relative, string full)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(full)))[..10];
        var extension = Path.GetExtension(relative);
        return relative[..^extension.Length] + "." + hash + extension;
    }
}
