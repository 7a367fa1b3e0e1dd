using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SiteGen.Core.Tests.TestSupport;

/// <summary>What a hostile input needs that cannot live in Git: FIFOs, inode numbers, a folder nobody can read.</summary>
internal static partial class UnixFiles
{
    public static bool Supported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    public static void MakeFifo(string path) => Run("mkfifo", path);

    public static void HardLink(string existing, string link) => Run("ln", existing, link);

    /// <summary>"device:inode" as <c>stat</c> prints it: two paths with the same are the same file.</summary>
    public static string Identity(string path) =>
        Run("stat", OperatingSystem.IsMacOS() ? "-f" : "-c", "%d:%i", path).Trim();

    /// <summary>
    /// Whether chmod 000 stops <see cref="WithoutReadOverride{T}"/> from listing a folder: as any user but root, and as
    /// root too on Linux, where that thread gives up the capabilities that let root read anything.
    /// </summary>
    public static bool ModeZeroStopsReading { get; } = WithoutReadOverride(Probe);

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own that, on Linux, has dropped CAP_DAC_OVERRIDE and
    /// CAP_DAC_READ_SEARCH from its effective capabilities (capabilities are per thread): root then obeys file modes
    /// there as any user does, as tests in CI and containers run as root. Elsewhere the thread is an ordinary one.
    /// </summary>
    public static T WithoutReadOverride<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                if (OperatingSystem.IsLinux())
                {
                    DropReadOverride();
                }

                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("the work failed", failure);
    }

    private static unsafe void DropReadOverride()
    {
        const uint Version3 = 0x20080522;
        const uint DacOverride = 1u << 1;
        const uint DacReadSearch = 1u << 2;
        var header = stackalloc uint[2] { Version3, 0 };
        var data = stackalloc uint[6];
        if (capget(header, data) != 0)
        {
            return;
        }

        data[0] &= ~(DacOverride | DacReadSearch);
        _ = capset(header, data);
    }

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial int capget(uint* header, uint* data);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial int capset(uint* header, uint* data);

    private static bool Probe()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        using var folder = new TempFolder();
        var locked = folder.Combine("locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            _ = Directory.EnumerateFileSystemEntries(locked).ToArray();
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{program} failed: {error}");
    }
}
