using System.Collections.Concurrent;
using System.Text;

namespace SiteGen.Core.IO;

/// <summary>
/// Writes a build's files under one folder (its staging folder): UTF-8 bytes as they are, text as UTF-8 without a
/// byte order mark, published files as copies (reflinks where the file system shares blocks). Each folder is made once, on the
/// first file that goes into it. Safe to call from many threads for different files.
/// </summary>
public sealed class SiteWriter(string root)
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public void Write(string destination, ReadOnlySpan<byte> utf8)
    {
        using var file = File.OpenHandle(Target(destination), FileMode.Create, FileAccess.Write);
        RandomAccess.Write(file, utf8, 0);
    }

    public void Write(string destination, string text) => File.WriteAllText(Target(destination), text, Utf8);

    public void Copy(string destination, string source) => FileCopier.CloneOrCopy(source, Target(destination));

    private string Target(string destination)
    {
        var target = Path.Combine(root, destination);
        // GetOrAdd returns only once some thread's CreateDirectory for the folder has finished.
        _folders.GetOrAdd(Path.GetDirectoryName(target)!, folder =>
        {
            Directory.CreateDirectory(folder);
            return true;
        });
        return target;
    }
}
