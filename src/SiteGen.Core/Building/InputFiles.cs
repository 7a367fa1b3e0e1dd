using System.Collections.Frozen;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.IO;

namespace SiteGen.Core.Building;

/// <summary>
/// Every file under the input folder, by its path relative to that folder ('/'-separated, case kept).
/// Looks paths up exactly, and also ignoring letter case, as a laptop's file system would.
/// </summary>
public sealed class InputFiles
{
    private readonly FrozenSet<string> _exact;
    private readonly FrozenDictionary<string, string> _byLowerCase;

    public InputFiles(string root, IEnumerable<string> relativePaths)
    {
        Root = root;
        var sorted = relativePaths.Order(StringComparer.Ordinal).ToArray();
        All = sorted;
        _exact = sorted.ToFrozenSet(StringComparer.Ordinal);
        _byLowerCase = sorted
            .GroupBy(p => p, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public string Root { get; }

    public IReadOnlyList<string> All { get; }

    public bool Contains(string relativePath) => _exact.Contains(relativePath);

    public string? FindIgnoringCase(string relativePath) =>
        _byLowerCase.TryGetValue(relativePath, out var actual) ? actual : null;

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>
    /// Lists the input safely (<see cref="FolderWalker"/>), leaving out .git, the theme override folder and
    /// <paramref name="exclude"/>; each entry left out for safety, or folder that cannot be read, goes to <paramref name="report"/>.
    /// </summary>
    public static InputFiles Scan(string root, string? exclude = null, Action<SkippedEntry>? report = null) =>
        new(root, FolderWalker.Walk(root, name => name is ".git" or "_theme", exclude, report));

    /// <summary>Lists the input of <paramref name="options"/>, with what it left out as diagnostics naming each entry.</summary>
    public static InputFiles Scan(SiteOptions options, DiagnosticBag diagnostics) =>
        Scan(options.InputDirectory, options.OutputDirectory, skipped =>
        {
            var path = skipped.RelativePath.Length == 0 ? options.DisplayInput
                : options.DisplayInput.Length == 0 ? skipped.RelativePath
                : $"{options.DisplayInput}/{skipped.RelativePath}";
            if (skipped.Code == DiagnosticCodes.FileUnreadable)
            {
                diagnostics.Error(path, 0, 0, skipped.Code, skipped.Message, skipped.Hint);
            }
            else
            {
                diagnostics.Warning(path, 0, 0, skipped.Code, skipped.Message, skipped.Hint);
            }
        });
}
