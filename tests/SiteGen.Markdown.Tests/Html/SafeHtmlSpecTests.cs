using Markdig;

namespace SiteGen.Markdown.Tests.Html;

/// <summary>Runs the examples of SafeHtml.spec.md (CommonMark spec format: Markdown, a '.' line, the expected HTML).</summary>
public sealed class SafeHtmlSpecTests
{
    private const string Fence = "````````````````````````````````";

    private static readonly MarkdownPipeline Pipeline = SiteMarkdown.CreateBuilder().Build();

    public static TheoryData<int, string, string> Examples()
    {
        var lines = File.ReadAllText(SpecPath()).ReplaceLineEndings("\n").Split('\n');
        var data = new TheoryData<int, string, string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var dot = Array.IndexOf(lines, ".", i + 1);
            var end = Array.IndexOf(lines, Fence, dot + 1);
            data.Add(i + 1, string.Join('\n', lines[(i + 1)..dot]) + "\n", string.Join('\n', lines[(dot + 1)..end]) + "\n");
            i = end;
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Renders_the_spec_example(int line, string markdown, string expected)
    {
        var html = Markdig.Markdown.ToHtml(markdown, Pipeline);

        Assert.True(expected == html, $"SafeHtml.spec.md line {line}:\nexpected:\n{expected}\nactual:\n{html}");
    }

    [Fact]
    public void The_spec_has_examples()
    {
        Assert.True(Examples().Count() >= 8);
    }

    private static string SpecPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "SiteGen.Markdown.Tests", "Html", "SafeHtml.spec.md");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("SafeHtml.spec.md not found above " + AppContext.BaseDirectory);
    }
}
