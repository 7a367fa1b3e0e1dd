namespace SiteGen.Core.Tests.TestSupport;

/// <summary>Where the repository's theme, fixtures and the shared notes are, wherever the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string DefaultTheme => Path.Combine(Root, "themes", "default");

    public static string FixtureSites => Path.Combine(Root, "tests", "fixtures", "sites");

    /// <summary>The real notes, checked out beside the repository (CI clones shared/ next to it); may be absent.</summary>
    public static string Notes => Path.GetFullPath(Path.Combine(Root, "..", "shared", "notes"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no SiteGen.sln above {AppContext.BaseDirectory}");
    }
}
