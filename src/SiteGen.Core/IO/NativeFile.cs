using System.Runtime.InteropServices;

namespace SiteGen.Core.IO;

/// <summary>
/// The two questions about a path that .NET does not answer: what kind of file it is without opening or following it
/// (<c>statx</c> on Linux, <c>lstat</c> on macOS; .NET's attributes do not tell a FIFO from a file), and its real path with
/// every symbolic link of every component resolved (<c>realpath</c>; <see cref="FileSystemInfo.ResolveLinkTarget"/>
/// resolves only the last component).
/// </summary>
public static partial class NativeFile
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int MacStatModeOffset = 4;

    /// <summary>The kind of <paramref name="path"/> itself (a link is <see cref="FileKind.SymbolicLink"/>, not followed).</summary>
    public static unsafe FileKind KindOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return ManagedKindOf(path);
        }

        var buffer = stackalloc byte[256];
        ushort mode;
        if (OperatingSystem.IsLinux())
        {
            if (statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                return FileKind.Missing;
            }

            mode = *(ushort*)(buffer + StatxModeOffset);
        }
        else if (OperatingSystem.IsMacOS())
        {
            if (lstat(path, buffer) != 0)
            {
                return FileKind.Missing;
            }

            mode = *(ushort*)(buffer + MacStatModeOffset);
        }
        else
        {
            return ManagedKindOf(path);
        }

        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Special,
        };
    }

    /// <summary>The canonical absolute path of <paramref name="path"/>, every link resolved; null when it leads nowhere (or loops).</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(Path.GetFullPath(path));
            return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }

        var resolved = realpath(path, 0);
        if (resolved == 0)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            unsafe
            {
                NativeMemory.Free((void*)resolved);
            }
        }
    }

    private static FileKind ManagedKindOf(string path)
    {
        var info = new FileInfo(path);
        return !info.Exists && !Directory.Exists(path) ? FileKind.Missing
            : info.LinkTarget is not null ? FileKind.SymbolicLink
            : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
            : FileKind.Regular;
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int statx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int lstat(string path, byte* buffer);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint realpath(string path, nint resolved);
}
