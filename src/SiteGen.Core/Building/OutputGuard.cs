using System.IO.Enumeration;
using SiteGen.Core.IO;

namespace SiteGen.Core.Building;

/// <summary>
/// Refuses output folders whose replacement would destroy the user's work. Compares real paths (every symbolic link
/// resolved, also in a path that does not exist yet), so <c>--output here/notes</c> with <c>here -&gt; .</c> is the
/// notes folder it names.
/// </summary>
public static class OutputGuard
{
    /// <summary>
    /// Folders searched for a Git repository before giving up: a site is a few hundred; a folder holding more is
    /// not a site, and is refused rather than searched without end.
    /// </summary>
    public const int MaxFoldersSearched = 10_000;

    /// <summary>
    /// Why <paramref name="output"/> must not be built into, or null when it is safe. A non-empty folder SiteGen did
    /// not write is refused unless <paramref name="force"/>; <paramref name="home"/> is the user's home folder
    /// (null: the current user's; tests pass their own).
    /// </summary>
    public static OutputRefusal? Check(string input, string output, bool force = false, string? home = null) =>
        Check(input, output, force, home, MaxFoldersSearched);

    /// <summary><see cref="Check(string, string, bool, string?)"/> with the search for repositories bounded at <paramref name="maxFolders"/>.</summary>
    internal static OutputRefusal? Check(string input, string output, bool force, string? home, int maxFolders)
    {
        try
        {
            return Judge(input, output, force, home, maxFolders);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A loop of links, an unreadable folder: what cannot be examined is not replaced.
            return Never($"the output folder cannot be examined: {e.Message}");
        }
    }

    private static OutputRefusal? Judge(string input, string output, bool force, string? home, int maxFolders)
    {
        home ??= Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var real = RealPath.Of(output);
        var realInput = RealPath.Of(input);
        var realHome = home.Length > 0 ? RealPath.Of(home) : null;
        if (RealPath.Same(real, Path.GetPathRoot(real)!))
        {
            return Never("the output folder is the file system root");
        }

        if (realHome is not null && RealPath.IsSameOrInside(realHome, real))
        {
            return Never(RealPath.Same(real, realHome) ? "the output folder is your home folder" : "the output folder contains your home folder");
        }

        if (RealPath.Same(real, realInput))
        {
            return Never("the output folder is the input folder");
        }

        if (RealPath.IsInside(realInput, real))
        {
            return Never("the output folder contains the input folder");
        }

        if (RealPath.IsInside(real, realInput))
        {
            return Never("the output folder is inside the input folder");
        }

        if (File.Exists(real))
        {
            return Never("the output is a file, not a folder");
        }

        if (!Directory.Exists(real) || !Directory.EnumerateFileSystemEntries(real).Any())
        {
            return null;
        }

        if (Path.Exists(Path.Combine(real, ".git")))
        {
            return Never("the output folder is a Git repository");
        }

        if (!force && !SiteMarker.Marks(real) && !SiteMarker.HasOlderSiteShape(real))
        {
            return new OutputRefusal($"the output folder is not empty and SiteGen did not write it (it has no {SiteMarker.Name} file)", Overridable: true);
        }

        return FindRepository(real, maxFolders) switch
        {
            { Found: { } repository } => Never($"the output folder contains a Git repository ({Path.GetRelativePath(real, repository).Replace('\\', '/')})"),
            { TooLarge: true } => Never($"the output folder holds more than {maxFolders} folders, too many to make sure no Git repository is inside"),
            _ => null,
        };
    }

    private static OutputRefusal Never(string reason) => new(reason, Overridable: false);

    /// <summary>
    /// The first <c>.git</c> (folder, or file of a worktree or submodule) anywhere under <paramref name="folder"/>.
    /// Symbolic links are not followed: a build deletes a link, never what it points to.
    /// </summary>
    private static (string? Found, bool TooLarge) FindRepository(string folder, int maxFolders)
    {
        var searched = 0;
        var tooLarge = false;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var gits = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.FileName is ".git",
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    return false;
                }

                tooLarge |= ++searched > maxFolders;
                return !tooLarge;
            },
        };
        var found = gits.FirstOrDefault();
        return (found, found is null && tooLarge);
    }
}
