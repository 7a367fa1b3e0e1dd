using SiteGen.Core.IO;

namespace SiteGen.Server.Serving;

/// <summary>
/// Maps a request's path to a file strictly inside the built site, or to nothing. The path is decoded as often as it
/// decodes (so <c>%252e%252e</c> is seen as <c>..</c>); any <c>..</c> or <c>.</c> segment, backslash, NUL, colon or
/// empty segment refuses it. What is found is then judged by its real path, every symbolic link of every component
/// resolved (<see cref="NativeFile.RealPath"/>): it must lie inside the site's real path, so a link leading out of the
/// site is refused however it is reached (directly, through another link, relatively), and it must be a regular file,
/// so a FIFO is never opened.
/// </summary>
public sealed class SitePathResolver
{
    private readonly string _root;

    public SitePathResolver(string root)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _root = NativeFile.RealPath(full) ?? full;
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
        if (!IsInside(Path.GetFullPath(path)) || RealInside(path) is not { } real)
        {
            return (Kind.Missing, null);
        }

        if (NativeFile.KindOf(real) == FileKind.Directory)
        {
            if (segments.Length > 0 && !rawPath.EndsWith('/'))
            {
                return (Kind.FolderWithoutSlash, null);
            }

            path = Path.Combine(path, "index.html");
            if (RealInside(path) is not { } index)
            {
                return (Kind.Missing, null);
            }

            real = index;
        }

        return NativeFile.KindOf(real) == FileKind.Regular ? (Kind.File, path) : (Kind.Missing, null);
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

    private bool IsInside(string fullPath) =>
        fullPath == _root || fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The real path of <paramref name="path"/> when it exists and lies inside the site; null otherwise.</summary>
    private string? RealInside(string path) => NativeFile.RealPath(path) is { } real && IsInside(real) ? real : null;
}
