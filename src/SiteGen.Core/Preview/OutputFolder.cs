using System.Collections.Concurrent;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.IO;

namespace SiteGen.Core.Preview;

/// <summary>
/// The folder a preview is served from, kept in step with the latest good rebuild file by file: writes only the
/// files whose content changed (each whole, by a rename, so a reader never sees half a page), removes the ones no
/// longer produced, and leaves the rest untouched. Several may share a root when they write disjoint sets of files;
/// the root starts empty (the preview server gives each session a fresh folder).
/// </summary>
public sealed class OutputFolder(string root)
{
    private ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);

    public string Root { get; } = root;

    /// <summary>Brings the folder to exactly <paramref name="documents"/>; returns the site paths written or removed, sorted.</summary>
    public IReadOnlyList<string> Sync(IEnumerable<Document> documents, DiagnosticBag diagnostics)
    {
        var wanted = documents.GroupBy(d => d.DestinationPath, StringComparer.Ordinal).Select(g => g.Last()).ToArray();
        var previous = _written;
        var current = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var changed = new ConcurrentBag<string>();
        Parallel.ForEach(wanted, document =>
        {
            var stamp = Stamp(document);
            current[document.DestinationPath] = stamp;
            if (previous.TryGetValue(document.DestinationPath, out var before) && string.Equals(before, stamp, StringComparison.Ordinal))
            {
                return;
            }

            try
            {
                Write(document);
                changed.Add(document.DestinationPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                current.TryRemove(document.DestinationPath, out _);
                diagnostics.Error(document.SourcePath, 0, 0, DiagnosticCodes.OutputWriteFailed,
                    $"cannot write '{document.DestinationPath}': {e.Message}");
            }
        });

        foreach (var path in previous.Keys.Where(k => !current.ContainsKey(k)).ToArray())
        {
            File.Delete(Path.Combine(Root, path));
            changed.Add(path);
        }

        _written = current;
        return [.. changed.Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>What a document's file holds: its text, or the stamp of the file it is copied from.</summary>
    private static string Stamp(Document document)
    {
        if (document.Find<string>(DocumentKeys.CopyFrom) is not { } source)
        {
            return document.Content;
        }

        var file = new FileInfo(source);
        return file.Exists ? $"\0copy\0{source}\0{file.Length}\0{file.LastWriteTimeUtc.Ticks}" : $"\0copy\0{source}\0missing";
    }

    private void Write(Document document)
    {
        var target = Path.Combine(Root, document.DestinationPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (document.Find<string>(DocumentKeys.CopyFrom) is { } source)
        {
            FileCopier.CloneOrCopy(source, target);
        }
        else
        {
            AtomicFile.WriteAllText(target, document.Content);
        }
    }
}
