using System.Collections.Frozen;

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

    /// <summary>Lists the input, leaving out .git, the theme override folder and <paramref name="exclude"/>.</summary>
    public static InputFiles Scan(string root, string? exclude = null)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.System,
            IgnoreInaccessible = true,
            ReturnSpecialDirectories = false,
        };
        var files = Directory.EnumerateFiles(root, "*", options)
            .Where(f => exclude is null || !IsUnder(f, exclude))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.Split('/').Any(part => part is ".git" or "_theme"));
        return new InputFiles(root, files);
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);
}
