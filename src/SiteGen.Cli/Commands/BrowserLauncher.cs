using System.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary>Opens a URL in the default browser (xdg-open, open, or the Windows shell); a failure is a warning, never fatal.</summary>
internal static class BrowserLauncher
{
    public static void Open(Uri url)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true }
                : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", url.AbsoluteUri) { UseShellExecute = false };
            start.RedirectStandardError = !OperatingSystem.IsWindows();
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or FileNotFoundException)
        {
            Reporter.Warning($"could not open a browser ({e.Message}); open {url} yourself");
        }
    }
}
