using Markdig;

namespace SiteGen.Markdown.Tests.Html;

/// <summary>
/// Runs the examples of SafeHtml.spec.md and UnsafeHtml.spec.md (CommonMark spec format: Markdown, a '.' line, the
/// expected HTML).
/// </summary>
public sealed class SafeHtmlSpecTests
{
    private const string Fence = "````````````````````````````````";

    private static readonly MarkdownPipeline Pipeline = SiteMarkdown.CreateBuilder().Build();

    private static readonly string[] SpecFiles = ["SafeHtml.spec.md", "UnsafeHtml.spec.md"];

    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var file in SpecFiles)
        {
            var lines = File.ReadAllText(SpecPath(file)).ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i] != Fence + " example")
                {
                    continue;
                }

                var dot = Array.IndexOf(lines, ".", i + 1);
                var end = Array.IndexOf(lines, Fence, dot + 1);
                var expected = dot + 1 == end ? "" : string.Join('\n', lines[(dot + 1)..end]) + "\n";
                data.Add(file, i + 1, string.Join('\n', lines[(i + 1)..dot]) + "\n", expected);
                i = end;
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Renders_the_spec_example(string file, int line, string markdown, string expected)
    {
        var html = Markdig.Markdown.ToHtml(markdown, Pipeline);

        Assert.True(expected == html, $"{file} line {line}:\nexpected:\n{expected}\nactual:\n{html}");
    }

    [Theory]
    [InlineData("SafeHtml.spec.md", 8)]
    [InlineData("UnsafeHtml.spec.md", 30)]
    public void The_spec_has_examples(string file, int atLeast)
    {
        Assert.True(Examples().Count(e => (string)e[0] == file) >= atLeast);
    }

    private static string SpecPath(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "SiteGen.Markdown.Tests", "Html", file);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(file + " not found above " + AppContext.BaseDirectory);
    }
}
