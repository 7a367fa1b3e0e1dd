using System.Text.RegularExpressions;

namespace SiteGen.Cli.Tests;

/// <summary>What every CLI test may check of what a command printed, and the folders it gives one.</summary>
internal static class CliAssert
{
    /// <summary>Bad input is reported as a message, never as an exception and its stack.</summary>
    public static void NoStackTrace(string text)
    {
        Assert.DoesNotMatch(new Regex(@"^\s+at \S+\(", RegexOptions.Multiline), text);
        Assert.DoesNotContain("Exception", text);
    }

    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    public static string CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }
}
