using System.Diagnostics;

namespace SiteGen.Core.Tests.TestSupport;

/// <summary>What a hostile input needs that cannot live in Git: FIFOs, inode numbers, a folder nobody can read.</summary>
internal static class UnixFiles
{
    public static bool Supported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    public static void MakeFifo(string path) => Run("mkfifo", path);

    /// <summary>"device:inode" as <c>stat</c> prints it: two paths with the same are the same file.</summary>
    public static string Identity(string path) =>
        Run("stat", OperatingSystem.IsMacOS() ? "-f" : "-c", "%d:%i", path).Trim();

    /// <summary>
    /// Whether chmod 000 stops this process from listing a folder: not as root (CAP_DAC_OVERRIDE), as tests in CI run.
    /// </summary>
    public static bool ModeZeroStopsReading { get; } = Probe();

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
