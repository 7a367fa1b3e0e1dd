using System.Runtime.InteropServices;

namespace SiteGen.Core.IO;

/// <summary>
/// Folder renames on the real file system. The exchange is Linux's <c>renameat2(…, RENAME_EXCHANGE)</c>; elsewhere,
/// on a kernel or C library without it, or on a file system that does not support it, there is none.
/// </summary>
public sealed partial class SystemFolderMoves : IFolderMoves
{
    public static SystemFolderMoves Instance { get; } = new();

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private const int Einval = 22;
    private const int Enosys = 38;
    private const int Eopnotsupp = 95;

    public bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        int result;
        try
        {
            result = renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        if (result == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error is Einval or Enosys or Eopnotsupp
            ? false
            : throw new IOException($"cannot exchange '{a}' and '{b}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    public void Move(string from, string to) => Directory.Move(from, to);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
