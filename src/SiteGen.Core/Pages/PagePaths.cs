namespace SiteGen.Core.Pages;

/// <summary>Where a note's page lands on the site, and how one page's URL reads from another.</summary>
public static class PagePaths
{
    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>docs/a/README.md</c> becomes <c>docs/a/index.html</c>; <c>docs/a/W06.md</c> becomes <c>docs/a/W06.html</c>.</summary>
    public static string OutputOf(string sourcePath)
    {
        var folder = Folder(sourcePath);
        var name = Path.GetFileNameWithoutExtension(sourcePath);
        var file = name.Equals("README", StringComparison.OrdinalIgnoreCase) || name.Equals("index", StringComparison.OrdinalIgnoreCase)
            ? "index.html"
            : name + ".html";
        return folder.Length == 0 ? file : $"{folder}/{file}";
    }

    /// <summary>
    /// True for a page that comes with the notes but is not one of them: a licence, a file of a vendored package
    /// (<c>vendor/</c>, <c>node_modules/</c>, <c>*.dist-info/</c>, hidden folders) or of a lab's saved files
    /// (<c>Lab1_files/</c>). Such pages are built, so links to them work, but stay out of navigation and the sitemap.
    /// </summary>
    public static bool IsVendored(string sourcePath)
    {
        var parts = sourcePath.Split('/');
        var name = parts[^1];
        if (name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase) || name.StartsWith("LICENCE", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("COPYING", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return parts[..^1].Any(folder => folder.StartsWith('.')
            || folder is "vendor" or "node_modules" or "site-packages" or "__pycache__"
            || folder.EndsWith(".dist-info", StringComparison.Ordinal) || folder.EndsWith(".egg-info", StringComparison.Ordinal)
            || folder.EndsWith("_files", StringComparison.Ordinal));
    }

    /// <summary>The folder part of a '/'-separated path, "" at the root.</summary>
    public static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>The prefix that leads from a page back to the site root: "" or "../../".</summary>
    public static string RootPrefix(string outputPath) =>
        string.Concat(Enumerable.Repeat("../", outputPath.Count(c => c == '/')));

    /// <summary>A relative, URL-escaped reference from the page at <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static string RelativeUrl(string from, string to)
    {
        var fromParts = Folder(from).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 &&
               string.Equals(fromParts[common], toParts[common], StringComparison.Ordinal))
        {
            common++;
        }

        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        return up + Url(string.Join('/', toParts[common..]));
    }

    /// <summary>
    /// The URL of a '/'-separated site path, the one place a file name becomes a URL: each segment percent-encoded
    /// (everything but letters, digits and <c>-._~</c>, as UTF-8), the slashes kept. <c>a "b"/W#1?.html</c> becomes
    /// <c>a%20%22b%22/W%231%3F.html</c>; the output file keeps its name on disk.
    /// </summary>
    public static string Url(string path) => string.Join('/', path.Split('/').Select(EscapeSegment));

    public static string EscapeSegment(string segment) => Uri.EscapeDataString(segment);

    /// <summary>Resolves <paramref name="relative"/> against the folder of <paramref name="fromPath"/>; null when it climbs above the root.</summary>
    public static string? Resolve(string fromPath, string relative)
    {
        var parts = new List<string>(Folder(fromPath).Split('/', StringSplitOptions.RemoveEmptyEntries));
        if (relative.StartsWith('/'))
        {
            parts.Clear();
        }

        foreach (var part in relative.Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return string.Join('/', parts);
    }
}
