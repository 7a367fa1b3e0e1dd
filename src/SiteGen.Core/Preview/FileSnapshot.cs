using System.Collections.Frozen;
using SiteGen.Core.IO;

namespace SiteGen.Core.Preview;

/// <summary>
/// The size and last write time of every file under some folders, by full path. Two snapshots differ exactly where
/// a file was added, removed or rewritten: what the preview compares to know what changed, with or without file events.
/// The folders are walked as the build walks the input (<see cref="FolderWalker"/>): no link out, no loop, no FIFO opened.
/// </summary>
public sealed class FileSnapshot
{
    private readonly FrozenDictionary<string, (long Size, long Ticks)> _files;

    private FileSnapshot(FrozenDictionary<string, (long Size, long Ticks)> files) => _files = files;

    public static FileSnapshot Empty { get; } = new(FrozenDictionary<string, (long, long)>.Empty);

    public int Count => _files.Count;

    /// <summary>Every file under the existing folders of <paramref name="roots"/> that <paramref name="include"/> keeps.</summary>
    public static FileSnapshot Take(IEnumerable<string> roots, Func<string, bool>? include = null)
    {
        var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (var root in roots.Where(Directory.Exists))
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            foreach (var relative in FolderWalker.Walk(full, name => name == ".git"))
            {
                var file = new FileInfo(Path.Combine(full, relative));
                if ((include is null || include(file.FullName)) && file.Exists)
                {
                    files[file.FullName] = (file.Length, file.LastWriteTimeUtc.Ticks);
                }
            }
        }

        return new FileSnapshot(files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The files added, removed or rewritten since <paramref name="earlier"/>, sorted.</summary>
    public IReadOnlyList<string> ChangedSince(FileSnapshot earlier)
    {
        var changed = _files.Where(f => !earlier._files.TryGetValue(f.Key, out var before) || before != f.Value).Select(f => f.Key)
            .Concat(earlier._files.Keys.Where(k => !_files.ContainsKey(k)));
        return [.. changed.Order(StringComparer.Ordinal)];
    }
}
