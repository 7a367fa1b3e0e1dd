namespace SiteGen.Server.Watching;

/// <summary>
/// Files whose changes never start a rebuild: editors' temporary and backup files (<c>*.swp</c>, <c>*~</c>,
/// <c>.#name</c>, <c>#name#</c>, vim's <c>4913</c> probe), anything under <c>.git/</c>, and the preview's own output.
/// </summary>
public sealed class IgnoredFiles(string? output)
{
    public bool IsIgnored(string fullPath)
    {
        if (output is not null && (fullPath == output || fullPath.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            return true;
        }

        var name = Path.GetFileName(fullPath);
        return name.Length == 0 || name == "4913" || name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) ||
            (name.StartsWith('#') && name.EndsWith('#')) ||
            name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) ||
            name.EndsWith(".swo", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) ||
            fullPath.Replace('\\', '/').Contains("/.git/", StringComparison.Ordinal);
    }
}
