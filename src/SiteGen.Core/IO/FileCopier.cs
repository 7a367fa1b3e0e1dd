using System.Runtime.InteropServices;

namespace SiteGen.Core.IO;

/// <summary>
/// Publishes a file as a copy of its own, never a hard link to the note (a hard link is the same file: anything that
/// edits the published image in place would edit the note's). On a file system that shares blocks copy-on-write
/// (Btrfs, XFS, bcachefs) the copy is a reflink (<c>ioctl FICLONE</c>), which costs no bytes until either file is
/// written; everywhere else it is <see cref="File.Copy(string, string, bool)"/>.
/// </summary>
public static partial class FileCopier
{
    /// <summary><c>_IOW(0x94, 9, int)</c> from <c>linux/fs.h</c>.</summary>
    private const uint Ficlone = 0x40049409;

    /// <summary>Set once a clone is refused for want of support (ext4, tmpfs): later copies skip the attempt.</summary>
    private static volatile bool s_cannotClone;

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="destination"/>, which is removed first (so a destination that
    /// is a hard link to the source is never truncated through); true when the copy is a reflink.
    /// </summary>
    public static bool CloneOrCopy(string source, string destination)
    {
        File.Delete(destination);
        if (OperatingSystem.IsLinux() && !s_cannotClone && TryClone(source, destination))
        {
            return true;
        }

        File.Copy(source, destination, overwrite: true);
        return false;
    }

    private static bool TryClone(string source, string destination)
    {
        using var from = File.OpenHandle(source);
        using (var to = File.OpenHandle(destination, FileMode.CreateNew, FileAccess.Write))
        {
            if (ioctl((int)to.DangerousGetHandle(), Ficlone, (int)from.DangerousGetHandle()) == 0)
            {
                return true;
            }

            // EOPNOTSUPP, EINVAL, ENOTTY: this file system shares no blocks; EXDEV (other file system) may differ per file.
            if (Marshal.GetLastPInvokeError() is 95 or 22 or 25)
            {
                s_cannotClone = true;
            }
        }

        File.Delete(destination);
        return false;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int ioctl(int descriptor, nuint request, int argument);
}
