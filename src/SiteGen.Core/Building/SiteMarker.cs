using System.Text.RegularExpressions;

namespace SiteGen.Core.Building;

/// <summary>
/// The small file SiteGen writes at the root of every site it builds (<c>.sitegen</c>), so that a later build knows
/// the folder is its own to replace. A folder without it is someone else's, and is not replaced without --force.
/// </summary>
public static partial class SiteMarker
{
    public const string Name = ".sitegen";

    /// <summary>What the marker says, the same in every build (output is deterministic).</summary>
    public const string Content =
        "This folder was written by SiteGen (sitegen build). The next build replaces it whole.\n" +
        "Do not keep anything else here: a build refuses a folder without this file unless given --force.\n";

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Name), Content);
    }

    /// <summary>Whether SiteGen wrote <paramref name="folder"/>: it holds the marker file.</summary>
    public static bool Marks(string folder) => File.Exists(Path.Combine(folder, Name));

    /// <summary>
    /// Whether <paramref name="folder"/> has the shape of a site from a SiteGen version before the marker: a
    /// <c>404.html</c> at its root and the default theme's content-hashed stylesheet (<c>assets/css/site.&lt;10 hex&gt;.css</c>).
    /// </summary>
    public static bool HasOlderSiteShape(string folder)
    {
        var css = Path.Combine(folder, "assets", "css");
        return File.Exists(Path.Combine(folder, "404.html"))
            && Directory.Exists(css)
            && Directory.EnumerateFiles(css, "site.*.css").Any(f => HashedStylesheet().IsMatch(Path.GetFileName(f)));
    }

    [GeneratedRegex("^site\\.[0-9a-f]{10}\\.css$")]
    private static partial Regex HashedStylesheet();
}
