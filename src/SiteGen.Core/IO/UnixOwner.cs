using System.Runtime.InteropServices;

namespace SiteGen.Core.IO;

/// <summary>
/// A file's owner and group on Linux, read with statx(2) (its buffer's layout is the same on every architecture)
/// and set with chown(2): .NET reads and sets a file's mode but not its owner.
/// </summary>
public static partial class UnixOwner
{
    private const int AtFdCwd = -100;
    private const uint StatxUid = 0x8;
    private const uint StatxGid = 0x10;
    private const int UidOffset = 20;
    private const int GidOffset = 24;

    /// <summary>The owner and group of the file at <paramref name="path"/>, or null where they cannot be read (not Linux).</summary>
    public static (uint User, uint Group)? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (statx(AtFdCwd, path, 0, StatxUid | StatxGid, buffer) != 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt32(buffer, UidOffset), BitConverter.ToUInt32(buffer, GidOffset));
    }

    /// <summary>Gives <paramref name="target"/> the owner and group of <paramref name="source"/> when they differ; throws when it cannot.</summary>
    public static void Copy(string source, string target)
    {
        if (Of(source) is not { } owner || Of(target) == owner)
        {
            return;
        }

        if (chown(target, owner.User, owner.Group) != 0)
        {
            throw new IOException($"cannot give the rewritten file its owner {owner.User}:{owner.Group} (error {Marshal.GetLastPInvokeError()})");
        }
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int chown(string path, uint owner, uint group);
}
