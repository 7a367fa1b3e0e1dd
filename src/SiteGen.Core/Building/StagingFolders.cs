using System.Text.RegularExpressions;

namespace SiteGen.Core.Building;

/// <summary>
/// The folders a build keeps beside its output (<c>.&lt;name&gt;.tmp-&lt;guid&gt;</c> while it builds,
/// <c>.&lt;name&gt;.old-&lt;guid&gt;</c> for the previous site while it is swapped out), and the removal of those a
/// killed build left behind.
/// </summary>
public static class StagingFolders
{
    /// <summary>A new, unique staging path beside <paramref name="output"/> (its parent folder is created).</summary>
    public static string Create(string output)
    {
        var parent = Parent(output);
        Directory.CreateDirectory(parent);
        return Path.Combine(parent, $".{Name(output)}.tmp-{Guid.NewGuid():N}");
    }

    /// <summary>
    /// Deletes the staging and swapped-out folders of earlier builds into <paramref name="output"/>; returns those
    /// removed. Call only while holding the output's <see cref="OutputLock"/>: then no other build is using them.
    /// </summary>
    public static IReadOnlyList<string> RemoveStale(string output)
    {
        var parent = Parent(output);
        if (!Directory.Exists(parent))
        {
            return [];
        }

        var pattern = new Regex($"^\\.{Regex.Escape(Name(output))}\\.(tmp|old)-[0-9a-f]{{32}}$", RegexOptions.CultureInvariant);
        var removed = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(parent).Where(d => pattern.IsMatch(Path.GetFileName(d))).Order(StringComparer.Ordinal))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                removed.Add(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for a later build; it is no part of the site.
            }
        }

        return removed;
    }

    public static string Parent(string output) => Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output))!;

    public static string Name(string output) => Path.GetFileName(Path.TrimEndingDirectorySeparator(output));
}
