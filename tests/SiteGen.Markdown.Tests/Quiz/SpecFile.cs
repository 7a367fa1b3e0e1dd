namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>
/// Reads examples in CommonMark spec format: a fence of 32 backticks with the info "example", the Markdown, a line
/// holding a single '.', the expected output, the closing fence. The prose between examples documents the shapes.
/// </summary>
internal static class SpecFile
{
    private const string Fence = "````````````````````````````````";

    /// <summary>Reads a spec file given relative to this folder of the test project's sources.</summary>
    public static IEnumerable<SpecExample> Read(string relativePath)
    {
        var path = Path.Combine(ProjectDirectory(), "Quiz", relativePath);
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var heading = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#', ' ');
            }

            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var start = i + 1;
            var dot = Array.IndexOf(lines, ".", start);
            var end = Array.IndexOf(lines, Fence, dot);
            yield return new SpecExample($"{heading} (line {i + 1})", i + 1,
                Join(lines[start..dot]).Replace('→', '\t'), Join(lines[(dot + 1)..end]));
            i = end;
        }
    }

    /// <summary>The test project's source folder, found by walking up from the test assembly (bin/…).</summary>
    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.Markdown.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("SiteGen.Markdown.Tests.csproj not found above " + AppContext.BaseDirectory);
    }

    private static string Join(string[] lines) => lines.Length == 0 ? "" : string.Join('\n', lines) + "\n";
}
