using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

public sealed class SiteBuilderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Fixture(string scenario) => Path.Combine(RepoPaths.FixtureSites, scenario, "input");

    private string Output => _folder.Combine("out", "_site");

    public void Dispose() => _folder.Dispose();

    private static BuildResult Build(string input, string output, string? theme = null, bool strict = false, string? baseUrl = null) =>
        SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = input,
            OutputDirectory = output,
            ThemeDirectory = theme ?? RepoPaths.DefaultTheme,
            RepoUrl = "https://github.com/org/notes/blob/main/input/",
            BaseUrl = baseUrl,
            Strict = strict,
        }.Resolve(input));

    [Fact]
    public void Writes_one_page_per_note_plus_linked_files_theme_assets_and_404()
    {
        var result = Build(Fixture("links"), Output, baseUrl: "https://example.org/notes/");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(6, result.Pages);
        Assert.True(File.Exists(Path.Combine(Output, "docs", "aci", "course-a", "images", "diagram.png")));
        Assert.True(File.Exists(Path.Combine(Output, "404.html")));
        Assert.Contains("<loc>https://example.org/notes/docs/aci/course-a/W01Links.html</loc>", File.ReadAllText(Path.Combine(Output, "sitemap.xml")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Output, "assets", "css"), "site.*.css"));
    }

    [Fact]
    public void Gives_every_page_the_head_a_site_owner_expects_and_keeps_vendored_pages_out_of_the_sitemap()
    {
        // Given a lesson and a vendored licence page beside it
        _folder.Write("in/README.md", "# Notes\n\nWelcome to the notes. See [the lesson](docs/lesson.md) and [its licence](docs/vendor/LICENSE.md).\n");
        _folder.Write("in/docs/lesson.md", "# Lesson\n\nAmazon S3 stores objects in buckets.\n");
        _folder.Write("in/docs/vendor/LICENSE.md", "# MIT License\n\nPermission is hereby granted.\n");

        // When
        var result = Build(_folder.Combine("in"), Output, baseUrl: "https://example.org/notes/");

        // Then
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var lesson = File.ReadAllText(Path.Combine(Output, "docs", "lesson.html"));
        Assert.Contains("<meta name=\"description\" content=\"Amazon S3 stores objects in buckets.\">", lesson);
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/notes/docs/lesson.html\">", lesson);
        Assert.Matches("<meta property=\"og:image\" content=\"https://example\\.org/notes/assets/img/social\\.[0-9a-f]+\\.png\">", lesson);
        Assert.Matches("<link rel=\"icon\" href=\"\\.\\./assets/img/favicon\\.[0-9a-f]+\\.svg\" type=\"image/svg\\+xml\">", lesson);
        Assert.Contains("name=\"theme-color\"", lesson);
        Assert.DoesNotContain("noindex", lesson);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", File.ReadAllText(Path.Combine(Output, "docs", "vendor", "LICENSE.html")));
        var sitemap = File.ReadAllText(Path.Combine(Output, "sitemap.xml"));
        Assert.Contains("docs/lesson.html", sitemap);
        Assert.DoesNotContain("LICENSE", sitemap);
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/notes/sitemap.xml\n", File.ReadAllText(Path.Combine(Output, "robots.txt")));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        // When
        var first = Build(Fixture("links"), _folder.Combine("one", "_site"), baseUrl: "https://example.org/");
        var second = Build(Fixture("links"), _folder.Combine("two", "_site"), baseUrl: "https://example.org/");

        // Then
        Assert.True(first.Succeeded && second.Succeeded);
        var a = Snapshot(_folder.Combine("one", "_site"));
        var b = Snapshot(_folder.Combine("two", "_site"));
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, file => Assert.True(file.Value.AsSpan().SequenceEqual(b[file.Key]), $"{file.Key} differs between builds"));
    }

    [Fact]
    public void Rebuild_replaces_the_previous_output_whole()
    {
        // Given a previous site holding a page that no longer exists
        Assert.True(Build(Fixture("encoding"), Output).Succeeded);
        File.WriteAllText(Path.Combine(Output, "stale.html"), "old");

        // When
        var result = Build(Fixture("encoding"), Output);

        // Then
        Assert.True(result.Succeeded);
        Assert.False(File.Exists(Path.Combine(Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(Output, "index.html")));
        Assert.Empty(LeftoverStaging());
    }

    [Fact]
    public void Failed_render_leaves_the_previous_output_byte_identical()
    {
        // Given a good previous build, and a theme whose page layout fails while rendering
        Assert.True(Build(Fixture("navigation-week-headings"), Output).Succeeded);
        var before = Snapshot(Output);
        var broken = CopyTheme();
        File.WriteAllText(Path.Combine(broken, "layouts", "page.sbn"), "<main>{{ include 'partials/missing.sbn' }}</main>\n");

        // When
        var result = Build(Fixture("navigation-week-headings"), Output, theme: broken);

        // Then
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateError);
        AssertSameFiles(before, Snapshot(Output));
        Assert.Empty(LeftoverStaging());
    }

    [Fact]
    public void Template_syntax_error_leaves_the_previous_output_byte_identical()
    {
        Assert.True(Build(Fixture("encoding"), Output).Succeeded);
        var before = Snapshot(Output);
        var broken = CopyTheme();
        File.WriteAllText(Path.Combine(broken, "partials", "footer.sbn"), "<footer>\n{{ for x in }}\n</footer>\n");

        var result = Build(Fixture("encoding"), Output, theme: broken);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, error =>
        {
            Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
            Assert.Equal(Path.Combine(broken, "partials", "footer.sbn"), error.Path);
            Assert.Equal(2, error.Line);
        });
        AssertSameFiles(before, Snapshot(Output));
        Assert.Empty(LeftoverStaging());
    }

    [Fact]
    public void Strict_build_with_warnings_fails_and_keeps_the_previous_output()
    {
        Assert.True(Build(Fixture("encoding"), Output).Succeeded);
        var before = Snapshot(Output);

        var result = Build(Fixture("encoding"), Output, strict: true);

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.DamagedEncoding, d.Code));
        AssertSameFiles(before, Snapshot(Output));
        Assert.Empty(LeftoverStaging());
    }

    [Fact]
    public void Input_without_notes_builds_a_site_with_only_its_404_page()
    {
        // Given an input folder with no Markdown
        var input = _folder.Combine("in");
        _folder.Write("in/notes.txt", "not a page");

        var result = Build(input, Output);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(0, result.Pages);
        Assert.True(File.Exists(Path.Combine(Output, "404.html")));
    }

    [Fact]
    public void Missing_input_is_an_error_SG0001()
    {
        var result = Build(_folder.Combine("no-such-input"), Output);

        Assert.False(result.Succeeded);
        Assert.Equal([DiagnosticCodes.InputMissing], result.Diagnostics.Select(d => d.Code));
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Output_equal_to_input_is_refused_SG0002_and_the_input_is_untouched()
    {
        // Given a copy of a fixture input
        var input = _folder.Combine("in");
        _folder.Write("in/README.md", "# Home\n");

        var result = Build(input, input);

        Assert.False(result.Succeeded);
        Assert.Equal([DiagnosticCodes.OutputRefused], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(["README.md"], Directory.GetFiles(input).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_inside_the_input_is_refused_SG0002()
    {
        // Given an output folder inside the input: the site would be mixed into the notes it is built from
        var input = _folder.Combine("in");
        _folder.Write("in/README.md", "# Home\n");

        var result = Build(input, Path.Combine(input, "_site"));

        Assert.False(result.Succeeded);
        Assert.Equal([DiagnosticCodes.OutputRefused], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(["README.md"], Directory.GetFileSystemEntries(input).Select(Path.GetFileName));
    }

    private string CopyTheme()
    {
        var target = _folder.Combine("theme-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.DefaultTheme, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(RepoPaths.DefaultTheme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    /// <summary>Staging (.tmp-) or swapped-out (.old-) folders left beside the output.</summary>
    private IEnumerable<string> LeftoverStaging() =>
        Directory.GetDirectories(_folder.Combine("out")).Where(d => Path.GetFileName(d) != "_site");

    private static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} changed"));
    }
}
