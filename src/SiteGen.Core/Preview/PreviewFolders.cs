using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Core.Preview;

/// <summary>
/// The temporary folders <c>sitegen serve</c> builds into, named with the process that owns them
/// (<c>sitegen-serve-&lt;pid&gt;-&lt;guid&gt;</c>), so that a later preview can remove those of a run that was killed
/// before it could clean up.
/// </summary>
public static partial class PreviewFolders
{
    /// <summary>A new, empty folder under <paramref name="parent"/> (the system's temp folder), owned by this process.</summary>
    public static string Create(string parent)
    {
        var folder = Path.Combine(parent, $"sitegen-serve-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Deletes the preview folders under <paramref name="parent"/> whose process is no longer running (by
    /// <paramref name="isRunning"/>, default: the operating system's process list); returns those removed.
    /// </summary>
    public static IReadOnlyList<string> RemoveStale(string parent, Func<int, bool>? isRunning = null)
    {
        isRunning ??= IsRunning;
        var removed = new List<string>();
        if (!Directory.Exists(parent))
        {
            return removed;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent, "sitegen-serve-*").Order(StringComparer.Ordinal))
        {
            var match = Owned().Match(Path.GetFileName(folder));
            if (!match.Success || !int.TryParse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var pid) || isRunning(pid))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
                removed.Add(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's, or in use: not ours to insist on.
            }
        }

        return removed;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex("^sitegen-serve-([0-9]{1,10})-[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Owned();
}
