using System.Runtime.InteropServices;

namespace SiteGen.Core.IO;

/// <summary>
/// Publishes a file as it is: a hard link where the file system allows one (no bytes copied, so a site with
/// hundreds of images is written in a blink), a copy everywhere else.
/// </summary>
public static partial class FileLinker
{
    public static void LinkOrCopy(string source, string destination)
    {
        if (OperatingSystem.IsWindows() || link(source, destination) != 0)
        {
            File.Copy(source, destination, overwrite: true);
        }
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string oldPath, string newPath);
}
