using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// The shapes of cmark-gfm's pathological tests and of issue 12, each as one note beside an ordinary page, at a size
/// small enough for a unit test (the full sizes, and their times, are tests/benchmarks/pathological/run.sh's). Each
/// builds or is SG0007 naming the note, never an exception, and the ordinary page is built either way.
/// </summary>
public sealed class PathologicalInputTests
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary>Shape name → the note's text; whether Markdig's nesting limit stops it (so it is reported, not built).</summary>
    private static readonly Dictionary<string, (Func<string> Text, bool Reported)> Shapes = new()
    {
        ["nested strong emphasis"] = (() => Repeat("*a **a ", 20) + "b" + Repeat(" a** a*", 20), false),
        ["emphasis closers without openers"] = (() => Repeat("a_ ", 300), false),
        ["emphasis openers without closers"] = (() => Repeat("_a ", 300), false),
        ["link closers without openers"] = (() => Repeat("a]", 300), false),
        ["link openers without closers"] = (() => Repeat("[a", 300), true),
        ["mismatched openers and closers"] = (() => Repeat("*a_ ", 300), false),
        ["openers and closers multiple of 3"] = (() => "a**b" + Repeat("c* ", 300), false),
        ["link openers and emphasis closers"] = (() => Repeat("[ a_", 300), true),
        ["[ (]( repeated"] = (() => Repeat("[ (](", 300), false),
        ["![[]() repeated"] = (() => Repeat("![[]()", 300), true),
        ["nested brackets"] = (() => new string('[', 50_000) + "a" + new string(']', 50_000), true),
        ["nested open brackets"] = (() => new string('[', 50_000), true),
        ["nested block quotes"] = (() => Repeat("> ", 50_000) + "a", true),
        ["deeply nested lists"] = (() => string.Concat(Enumerable.Range(0, 30).Select(x => new string(' ', 2 * x) + "* a\n")), false),
        ["nested list markers"] = (() => Repeat("* ", 30) + "a\n", false),
        ["runs of backticks"] = (() => string.Concat(Enumerable.Range(1, 100).Select(x => "e" + new string('`', x))), false),
        ["unclosed links A"] = (() => Repeat("[a](<b", 300), false),
        ["unclosed links B"] = (() => Repeat("[a](b", 300), false),
        ["unclosed comment"] = (() => "</" + Repeat("<!--", 300), false),
        ["table rows of one cell"] = (() => Repeat("aaa\rbbb\n-\v\n", 300), false),
        ["table with bold cells"] = (() => "| **a** | **b** |\n|---|---|\n" + Repeat("| **x** | **y** |\n", 300), false),
        ["reference definitions"] = (() => string.Concat(Enumerable.Range(0, 300).Select(i => $"[x{i}]: /url\n\n[x0]\n\n")), false),
        ["identical headings"] = (() => "# Notes\n\n" + Repeat("## Same heading\n\ntext\n\n", 2000), false),
    };

    public static TheoryData<string> Names => [.. Shapes.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Builds_or_reports_the_note_and_builds_the_other_page(string shape)
    {
        // Given
        var (text, reported) = Shapes[shape];
        using var site = new TestSite(("README.md", "# Home\n\nThe [note](note.md).\n"), ("note.md", text()));

        // When
        var result = site.Build();

        // Then
        var failures = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PageFailed).ToList();
        if (reported)
        {
            Assert.False(result.Succeeded);
            Assert.EndsWith("note.md", Assert.Single(failures).Path, StringComparison.Ordinal);
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError && d.Code != DiagnosticCodes.PageFailed);
        }
        else
        {
            Assert.Empty(failures);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.True(File.Exists(Path.Combine(site.Output, "note.html")));
            Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        }
    }

    [Fact]
    public void A_note_holding_NUL_bytes_is_read_as_binary_makes_no_page_and_the_other_page_builds()
    {
        using var site = new TestSite(("README.md", "# Home\n\nThe [note](note.md).\n"), ("note.md", "abc\0de\0"));

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.PageFailed);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidUtf8 && d.Path.EndsWith("note.md", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(site.Output, "note.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void A_reported_note_leaves_the_other_pages_diagnostics_reported()
    {
        using var site = new TestSite(("README.md", "# Home\n\nA [missing page](gone.md).\n"), ("note.md", new string('[', 50_000)));

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PageFailed && d.Path.EndsWith("note.md", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink && d.Path.EndsWith("README.md", StringComparison.Ordinal));
    }
}
