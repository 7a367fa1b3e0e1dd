using System.Text;

namespace SiteGen.Core.IO;

/// <summary>Writes a file whole or not at all: a temporary file beside it, then a rename over it.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes <paramref name="text"/>; with <paramref name="overwrite"/> false, fails if the file exists.</summary>
    public static void WriteAllText(string path, string text, bool overwrite = true) =>
        WriteAllBytes(path, Utf8.GetBytes(text), overwrite);

    /// <summary>Writes <paramref name="bytes"/>; with <paramref name="overwrite"/> false, fails if the file exists.</summary>
    public static void WriteAllBytes(string path, byte[] bytes, bool overwrite = true)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        try
        {
            File.Move(temporary, path, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
