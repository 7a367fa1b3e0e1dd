namespace SiteGen.Core.Building;

/// <summary>Refuses output folders whose replacement would destroy the user's work.</summary>
public static class OutputGuard
{
    /// <summary>Why <paramref name="output"/> must not be built into, or null when it is safe.</summary>
    public static string? Refusal(string input, string output)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (Same(output, Path.GetPathRoot(output)!))
        {
            return "the output folder is the file system root";
        }

        if (home.Length > 0 && Same(output, home))
        {
            return "the output folder is your home folder";
        }

        if (Same(output, input))
        {
            return "the output folder is the input folder";
        }

        if (IsInside(input, output))
        {
            return "the output folder contains the input folder";
        }

        if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")))
        {
            return "the output folder is a repository root";
        }

        return null;
    }

    private static bool Same(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
