using System.IO.Enumeration;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.IO;

/// <summary>
/// Lists the regular files under a folder without ever leaving it or opening anything on the way: the input comes
/// from strangers' pull requests. A symbolic link (to a file or a folder) is followed only when its real path, every
/// link resolved, stays inside the folder's real path and outside <c>.git</c> and the excluded folder; a folder that
/// is one of its own ancestors (a loop), or is reached through links more than <see cref="MaxVisitsThroughLinks"/>
/// times (a link bomb), is not entered again; FIFOs, sockets and devices are never opened, only reported; a folder
/// that cannot be listed is reported, not silently left out. Entries are told apart by <c>lstat</c> before anything
/// else is done with them.
/// </summary>
public sealed class FolderWalker
{
    /// <summary>How many times one folder may be listed through symbolic links (besides once at its own place).</summary>
    public const int MaxVisitsThroughLinks = 16;

    private readonly string _rootReal;
    private readonly string? _exclude;
    private readonly string? _excludeReal;
    private readonly Func<string, bool> _skipName;
    private readonly Action<SkippedEntry> _report;
    private readonly List<string> _files = [];
    private readonly HashSet<string> _chain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _visitsThroughLinks = new(StringComparer.Ordinal);

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private FolderWalker(string rootReal, string? exclude, Func<string, bool> skipName, Action<SkippedEntry> report)
    {
        _rootReal = rootReal;
        _exclude = exclude is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(exclude));
        _excludeReal = exclude is null ? null : NativeFile.RealPath(exclude);
        _skipName = skipName;
        _report = report;
    }

    /// <summary>
    /// The files under <paramref name="root"/>, '/'-separated relative paths in no particular order. Entries named as
    /// <paramref name="skipName"/> says are left out silently, and so is the folder <paramref name="exclude"/> (the output);
    /// every other entry left out goes to <paramref name="report"/>.
    /// </summary>
    public static IReadOnlyList<string> Walk(string root, Func<string, bool>? skipName = null, string? exclude = null,
        Action<SkippedEntry>? report = null)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var rootReal = NativeFile.RealPath(full) ?? full;
        var walker = new FolderWalker(rootReal, exclude, skipName ?? (_ => false), report ?? (_ => { }));
        walker._chain.Add(rootReal);
        walker.Visit(full, rootReal, "");
        return walker._files;
    }

    /// <summary>
    /// Whether <paramref name="path"/> is a regular file (perhaps through links) whose real path lies inside
    /// <paramref name="folder"/>'s: what a look-up by name outside a walk must ask before opening a file.
    /// </summary>
    public static bool IsFileInside(string path, string folder)
    {
        var real = NativeFile.RealPath(path);
        var folderReal = NativeFile.RealPath(folder);
        return real is not null && folderReal is not null && IsInside(real, folderReal) && NativeFile.KindOf(real) == FileKind.Regular;
    }

    private void Visit(string folder, string folderReal, string prefix)
    {
        List<string> names;
        try
        {
            names = [.. new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.FileName.ToString(), OneLevel)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _report(new SkippedEntry(prefix.TrimEnd('/'), DiagnosticCodes.FileUnreadable, $"cannot read the folder: {e.Message}",
                "check the folder's permissions"));
            return;
        }

        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!_skipName(name))
            {
                Entry(Path.Combine(folder, name), folderReal, name, prefix + name);
            }
        }
    }

    private void Entry(string full, string folderReal, string name, string relative)
    {
        var kind = NativeFile.KindOf(full);
        var throughLink = kind == FileKind.SymbolicLink;
        string? real = null;
        if (throughLink)
        {
            if (Followable(full, relative) is not { } target)
            {
                return;
            }

            real = target;
            kind = NativeFile.KindOf(real);
        }

        switch (kind)
        {
            case FileKind.Regular:
                _files.Add(relative);
                break;
            case FileKind.Directory:
                Folder(full, real ?? folderReal + Path.DirectorySeparatorChar + name, relative, throughLink);
                break;
            case FileKind.Special:
                Skip(relative, "a FIFO, socket or device, not a file: skipped, never opened", "remove it from the input");
                break;
        }
    }

    /// <summary>The real path of the link at <paramref name="full"/> when it may be followed; null (reported) when not.</summary>
    private string? Followable(string full, string relative)
    {
        var target = NativeFile.RealPath(full);
        if (target is null)
        {
            Skip(relative, "a symbolic link that leads nowhere (its target is missing, or links loop): skipped", "remove the link or restore its target");
            return null;
        }

        if (!IsInside(target, _rootReal))
        {
            Skip(relative, $"a symbolic link leading out of the input (to {target}): not published", "link to a file inside the notes, or copy it in");
            return null;
        }

        var inside = Path.GetRelativePath(_rootReal, target).Split(Path.DirectorySeparatorChar);
        if (inside.Contains(".git") || (_excludeReal is not null && IsInside(target, _excludeReal)))
        {
            Skip(relative, "a symbolic link into .git or the output folder: not published", "link to a note instead");
            return null;
        }

        return target;
    }

    private void Folder(string full, string real, string relative, bool throughLink)
    {
        if (full == _exclude || real == _excludeReal)
        {
            return;
        }

        if (_chain.Contains(real))
        {
            Skip(relative, "a folder loop (a symbolic link back to a folder that holds it): not entered again", "remove the symbolic link");
            return;
        }

        if (throughLink)
        {
            var visits = _visitsThroughLinks.GetValueOrDefault(real) + 1;
            _visitsThroughLinks[real] = visits;
            if (visits > MaxVisitsThroughLinks)
            {
                Skip(relative, $"a symbolic link to a folder already reached through {MaxVisitsThroughLinks} links: not entered",
                    "link to the folder from fewer places");
                return;
            }
        }

        _chain.Add(real);
        Visit(full, real, relative + "/");
        _chain.Remove(real);
    }

    private void Skip(string relative, string message, string hint) =>
        _report(new SkippedEntry(relative, DiagnosticCodes.InputEntrySkipped, message, hint));

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
