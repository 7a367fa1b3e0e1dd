namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>
/// The real course notes, read-only: <c>&lt;repo-root&gt;/../shared/notes</c>, found by walking up from the test
/// assembly. Absent on machines without the notes; tests then return early.
/// </summary>
internal static class NotesCorpus
{
    public static string? Root { get; } = Find("notes", "docs");

    /// <summary>The seed lesson folder, <c>&lt;repo-root&gt;/../shared/seed</c>, or null.</summary>
    public static string? Seed { get; } = Find("seed", ".");

    public static IEnumerable<string> Pages(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    public static string Key(string root, string page) => Path.GetRelativePath(root, page).Replace('\\', '/');

    private static string? Find(string folder, string mustHold)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var found = Path.Combine(dir.FullName, "shared", folder);
            if (Directory.Exists(Path.Combine(found, mustHold)))
            {
                return found;
            }
        }

        return null;
    }
}
