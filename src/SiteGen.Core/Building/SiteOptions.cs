namespace SiteGen.Core.Building;

/// <summary>What a build is asked to do. Paths are absolute once <see cref="Resolve"/> has run.</summary>
public sealed record SiteOptions
{
    public required string InputDirectory { get; init; }

    public string OutputDirectory { get; init; } = "_site";

    /// <summary>The theme folder; a site overrides any of its files from <c>&lt;input&gt;/_theme/</c>.</summary>
    public string? ThemeDirectory { get; init; }

    /// <summary>Where the site is published, e.g. <c>https://example.org/notes/</c>; used for sitemap.xml.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The URL of the input folder in its repository, e.g. <c>https://github.com/o/r/blob/main/</c>.</summary>
    public string? RepoUrl { get; init; }

    public string SiteTitle { get; init; } = "Course notes";

    /// <summary>Warnings fail the run, as errors do.</summary>
    public bool Strict { get; init; }

    /// <summary>Replace a non-empty output folder SiteGen did not write (never the root, home, the input or a repository).</summary>
    public bool Force { get; init; }

    /// <summary>Extra markup injected before &lt;/body&gt; (the preview server's reload script); never set by build.</summary>
    public string? BodyEndHtml { get; init; }

    /// <summary>The path shown in diagnostics for the input folder (as the user typed it).</summary>
    public string DisplayInput { get; init; } = "";

    public SiteOptions Resolve(string workingDirectory)
    {
        var input = Path.GetFullPath(InputDirectory, workingDirectory);
        return this with
        {
            InputDirectory = input,
            OutputDirectory = Path.GetFullPath(OutputDirectory, workingDirectory),
            ThemeDirectory = ThemeDirectory is null ? null : Path.GetFullPath(ThemeDirectory, workingDirectory),
            BaseUrl = BaseUrl is null ? null : BaseUrl.TrimEnd('/') + "/",
            RepoUrl = RepoUrl is null ? null : RepoUrl.TrimEnd('/') + "/",
            DisplayInput = DisplayInput.Length > 0 ? DisplayInput : DisplayPath(input, workingDirectory),
        };
    }

    private static string DisplayPath(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, path).Replace('\\', '/');
        return relative == "." ? "" : relative;
    }
}
