using System.Text;

namespace SiteGen.Core.IO;

/// <summary>
/// Writes a file whole or not at all: a temporary file beside it, then a rename over it. A file replaced keeps its
/// mode (the temporary file is created with it, so the new text is never more readable than the old) and its owner.
/// </summary>
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
        var existing = overwrite && !OperatingSystem.IsWindows() && File.Exists(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (existing && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = File.GetUnixFileMode(path);
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(bytes);
            }

            if (existing && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path)); // the umask narrowed the create mode
                UnixOwner.Copy(path, temporary);
            }

            File.Move(temporary, path, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
