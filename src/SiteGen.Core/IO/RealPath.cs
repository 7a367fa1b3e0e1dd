namespace SiteGen.Core.IO;

/// <summary>
/// A path with every symbolic link in it resolved, as the operating system would follow it: what a path really
/// names. A path that does not exist yet is resolved up to its longest existing ancestor and the rest appended.
/// </summary>
public static class RealPath
{
    /// <summary>Links followed before giving up, as Linux's own limit (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/> (made absolute first, as .NET's file APIs do).</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        var links = 0;
        var missing = false;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = missing ? null : LinkTarget(next, out missing);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links in '{path}'");
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            Push(pending, target);
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both real paths).</summary>
    public static bool IsSameOrInside(string path, string folder) => Same(path, folder) || IsInside(path, folder);

    /// <summary>Whether <paramref name="path"/> is strictly inside <paramref name="folder"/> (both real paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, StringComparison.Ordinal);
    }

    public static bool Same(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    /// <summary>The target of the link at <paramref name="path"/>; null when it is no link, or does not exist.</summary>
    private static string? LinkTarget(string path, out bool missing)
    {
        missing = false;
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            missing = true;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not a folder (ENOTDIR) or not readable: nothing the OS could follow either.
            return null;
        }
    }
}
