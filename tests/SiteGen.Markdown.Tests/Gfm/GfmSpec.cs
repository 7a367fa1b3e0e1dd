namespace SiteGen.Markdown.Tests.Gfm;

/// <summary>
/// GitHub's Markdown spec (github/cmark-gfm <c>test/spec.txt</c>), read from <c>&lt;repo-root&gt;/../shared/gfm/</c>
/// when it is there. Each example is a fence of 32 backticks with the info <c>example</c> (and an extension name),
/// the Markdown, a <c>.</c> line, the expected HTML, the closing fence; <c>→</c> stands for a tab. An example's
/// section is the last <c>#</c> or <c>##</c> heading above it, outside examples.
/// </summary>
internal static class GfmSpec
{
    private const string Fence = "````````````````````````````````";

    /// <summary>The spec file, or null on a machine without <c>shared/gfm</c>.</summary>
    public static string? Path { get; } = Find();

    public static IReadOnlyList<GfmExample> Read(string path)
    {
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var examples = new List<GfmExample>();
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("# ", StringComparison.Ordinal) || lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                section = lines[i].TrimStart('#').Trim();
                continue;
            }

            if (!lines[i].StartsWith(Fence + " example", StringComparison.Ordinal))
            {
                continue;
            }

            var dot = Array.IndexOf(lines, ".", i + 1);
            var end = Array.IndexOf(lines, Fence, dot + 1);
            if (dot < 0 || end < 0)
            {
                throw new FormatException($"{path}({i + 1}): example without its '.' line or closing fence");
            }

            examples.Add(new GfmExample(examples.Count + 1, i + 1, section, lines[i][(Fence.Length + " example".Length)..].Trim(),
                Join(lines[(i + 1)..dot]), Join(lines[(dot + 1)..end])));
            i = end;
        }

        return examples;
    }

    private static string Join(string[] lines) => lines.Length == 0 ? "" : (string.Join('\n', lines) + "\n").Replace('→', '\t');

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = System.IO.Path.Combine(dir.FullName, "shared", "gfm", "spec.txt");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
