namespace SiteGen.Core.IO;

/// <summary>A path with every symbolic link on the way followed and every <c>..</c> resolved, as <c>realpath</c> gives it.</summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var links = 0;
        while (true)
        {
            var resolved = Resolve(full, ref links);
            if (resolved == full)
            {
                return Path.TrimEndingDirectorySeparator(full);
            }

            full = resolved;
        }
    }

    /// <summary>One pass: the path with the first symbolic link on the way replaced by its target.</summary>
    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            var info = new FileInfo(current);
            if (info.LinkTarget is not { } target)
            {
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links at {current}");
            }

            var next = Path.GetFullPath(target, Path.GetDirectoryName(current)!);
            return Path.GetFullPath(Path.Combine([next, .. parts[(i + 1)..]]));
        }

        return full;
    }
}
