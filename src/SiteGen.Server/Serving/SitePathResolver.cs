namespace SiteGen.Server.Serving;

/// <summary>
/// Maps a request's path to a file strictly inside the built site, or to nothing. The path is decoded as often as it
/// decodes (so <c>%252e%252e</c> is seen as <c>..</c>); any <c>..</c> or <c>.</c> segment, backslash, NUL, colon or
/// empty segment refuses it, and so does a symbolic link anywhere on the way that leads out of the site.
/// </summary>
public sealed class SitePathResolver
{
    private readonly string _root;

    public SitePathResolver(string root)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _root = new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>What a resolved request names: a file to send, a folder asked for without its trailing slash, or nothing.</summary>
    public enum Kind
    {
        Missing,
        File,
        FolderWithoutSlash,
    }

    /// <summary>Resolves <paramref name="rawPath"/> (the request target's path, still percent-encoded).</summary>
    public (Kind Kind, string? FullPath) Resolve(string rawPath)
    {
        if (Segments(rawPath) is not { } segments)
        {
            return (Kind.Missing, null);
        }

        var path = segments.Length == 0 ? _root : Path.Combine([_root, .. segments]);
        if (!IsInside(path) || !StaysInside(segments))
        {
            return (Kind.Missing, null);
        }

        if (Directory.Exists(path))
        {
            if (segments.Length > 0 && !rawPath.EndsWith('/'))
            {
                return (Kind.FolderWithoutSlash, null);
            }

            path = Path.Combine(path, "index.html");
            if (!StaysInside([.. segments, "index.html"]))
            {
                return (Kind.Missing, null);
            }
        }

        return File.Exists(path) ? (Kind.File, path) : (Kind.Missing, null);
    }

    /// <summary>The decoded, checked segments of a path, or null when any decoding of it is suspicious.</summary>
    private static string[]? Segments(string rawPath)
    {
        if (!rawPath.StartsWith('/'))
        {
            return null;
        }

        var decoded = rawPath;
        for (var i = 0; i < 4; i++)
        {
            if (Suspicious(decoded))
            {
                return null;
            }

            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded)
            {
                break;
            }

            decoded = next;
        }

        if (Suspicious(decoded))
        {
            return null;
        }

        var once = Uri.UnescapeDataString(rawPath);
        var parts = once[1..].Split('/');
        if (parts.Length > 0 && parts[^1].Length == 0)
        {
            parts = parts[..^1];
        }

        return parts.Any(p => p.Length == 0) ? null : parts;
    }

    private static bool Suspicious(string path) =>
        path.Contains('\\') || path.Contains('\0') || path.Contains(':') ||
        path.Split('/').Any(s => s is "." or "..") || path.StartsWith("//", StringComparison.Ordinal);

    private bool IsInside(string path) =>
        Path.GetFullPath(path).StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ||
        Path.GetFullPath(path) == _root;

    /// <summary>No segment of the path is a symbolic link whose target lies outside the site.</summary>
    private bool StaysInside(string[] segments)
    {
        var path = _root;
        foreach (var segment in segments)
        {
            path = Path.Combine(path, segment);
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists || info.LinkTarget is null)
            {
                continue;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInside(target.FullName))
            {
                return false;
            }
        }

        return true;
    }
}
