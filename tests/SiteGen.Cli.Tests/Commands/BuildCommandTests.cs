using System.Text.RegularExpressions;
using SiteGen.Core.Building;

namespace SiteGen.Cli.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "sitegen-cli-tests-" + Guid.NewGuid().ToString("N"));

    public BuildCommandTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Theme => Path.Combine(CliRun.RepoRoot, "themes", "default");

    private static string Fixture(string scenario) => Path.Combine(CliRun.RepoRoot, "tests", "fixtures", "sites", scenario, "input");

    [Theory]
    [InlineData("--input")]
    [InlineData("--output")]
    [InlineData("--base-url")]
    [InlineData("--repo-url")]
    [InlineData("--strict")]
    [InlineData("--theme")]
    [InlineData("--title")]
    [InlineData("--force")]
    public void Help_describes_every_option(string option)
    {
        var (exit, output, _) = CliRun.Run("build", "--help");

        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n'), l => Regex.IsMatch(l, $@"^\s+(-\w, )?{option}\b"));
        Assert.Matches(@"\S\s{2,}\S", line.Trim());
    }

    [Fact]
    public void Builds_a_site_and_exits_0()
    {
        var output = Path.Combine(_temp, "_site");

        var (exit, stdout, _) = CliRun.Run("build", "--input", Fixture("html-in-prose"), "--output", output, "--theme", Theme);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.Matches(@"1 pages, \d+ files, 0 errors, 10 warnings", stdout);
    }

    [Fact]
    public void Strict_build_with_warnings_exits_1_and_prints_them()
    {
        var (exit, stdout, stderr) = CliRun.Run(
            "build", "--input", Fixture("encoding"), "--output", Path.Combine(_temp, "_site"), "--theme", Theme, "--strict");

        Assert.Equal(1, exit);
        Assert.Matches(@"README\.md\(3,1\): warning SG0101: ", stdout + stderr);
        Assert.False(Directory.Exists(Path.Combine(_temp, "_site")));
    }

    [Fact]
    public void Missing_input_exits_1_with_SG0001_and_no_stack_trace()
    {
        var (exit, stdout, stderr) = CliRun.Run("build", "--input", Path.Combine(_temp, "missing"), "--output", Path.Combine(_temp, "_site"));

        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@"^\S.*: error SG0001: ", RegexOptions.Multiline), stderr);
        CliAssert.NoStackTrace(stdout + stderr);
    }

    [Fact]
    public void A_page_nested_past_the_parser_limit_is_SG0007_naming_it_exit_1_and_the_other_pages_are_still_checked()
    {
        // Given a note Markdig cannot parse (50,000 nested brackets) beside an ordinary one with a broken link
        var input = Path.Combine(_temp, "notes");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "README.md"), "# Home\n\nSee [the deep note](deep.md) and [a missing one](gone.md).\n");
        File.WriteAllText(Path.Combine(input, "deep.md"), new string('[', 50_000));

        // When
        var (exit, stdout, stderr) = CliRun.Run("build", "--input", input, "--output", Path.Combine(_temp, "_site"), "--theme", Theme);

        // Then the page is named, the run is a failed build, not SiteGen's fault, and README's problem is reported too
        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@"^\S*deep\.md: error SG0007: ", RegexOptions.Multiline), stderr);
        Assert.Matches(new Regex(@"^\S*README\.md\(3,\d+\): \w+ SG0201: ", RegexOptions.Multiline), stdout + stderr);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        CliAssert.NoStackTrace(stdout + stderr);
        Assert.False(Directory.Exists(Path.Combine(_temp, "_site")));
    }

    [Fact]
    public void Output_equal_to_input_exits_1_with_SG0002()
    {
        var input = Path.Combine(_temp, "notes");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "README.md"), "# Home\n");

        var (exit, stdout, stderr) = CliRun.Run("build", "--input", input, "--output", input);

        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@": error SG0002: ", RegexOptions.Multiline), stderr);
        Assert.True(File.Exists(Path.Combine(input, "README.md")));
        CliAssert.NoStackTrace(stdout + stderr);
    }

    [Fact]
    public void Help_says_force_does_not_lift_the_other_refusals()
    {
        var (_, output, _) = CliRun.Run("build", "--help");

        var help = Regex.Replace(output, @"\s+", " ");
        Assert.Contains("--force", help);
        Assert.Contains(".sitegen", help);
        Assert.Contains("Does not lift the other refusals", help);
        Assert.Contains("Never the file system root, your home folder, the input or a Git repository", help);
    }

    [Fact]
    public void A_folder_SiteGen_did_not_write_exits_1_with_SG0002_and_is_replaced_with_force()
    {
        // Given someone's folder at the output path
        var output = Path.Combine(_temp, "www");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        string[] build = ["build", "--input", Fixture("html-in-prose"), "--output", output, "--theme", Theme];

        var (exit, stdout, stderr) = CliRun.Run(build);

        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@": error SG0002: .*--force", RegexOptions.Multiline), stderr);
        Assert.True(File.Exists(Path.Combine(output, "notes.txt")));
        CliAssert.NoStackTrace(stdout + stderr);

        (exit, _, _) = CliRun.Run([.. build, "--force"]);

        Assert.Equal(0, exit);
        Assert.False(File.Exists(Path.Combine(output, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Force_does_not_build_into_a_repository()
    {
        var output = Path.Combine(_temp, "repo");
        Directory.CreateDirectory(Path.Combine(output, ".git"));
        File.WriteAllText(Path.Combine(output, "README.md"), "# Mine\n");

        var (exit, _, stderr) = CliRun.Run("build", "--input", Fixture("html-in-prose"), "--output", output, "--theme", Theme, "--force");

        Assert.Equal(1, exit);
        Assert.Contains("error SG0002:", stderr);
        Assert.True(File.Exists(Path.Combine(output, "README.md")));
    }

    [Fact]
    public void A_build_into_an_output_another_build_holds_exits_1_with_SG0006()
    {
        var output = Path.Combine(_temp, "_site");
        using var held = OutputLock.TryAcquire(output);
        Assert.NotNull(held);

        var (exit, stdout, stderr) = CliRun.Run("build", "--input", Fixture("html-in-prose"), "--output", output, "--theme", Theme);

        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@": error SG0006: ", RegexOptions.Multiline), stderr);
        Assert.False(Directory.Exists(output));
        CliAssert.NoStackTrace(stdout + stderr);
    }

    [Fact]
    public void Broken_theme_exits_1_with_SG0601_and_no_stack_trace()
    {
        var theme = CliAssert.CopyFolder(Theme, Path.Combine(_temp, "theme"));

        File.WriteAllText(Path.Combine(theme, "layouts", "page.sbn"), "{{ if }}\n");

        var (exit, stdout, stderr) = CliRun.Run("build", "--input", Fixture("encoding"), "--output", Path.Combine(_temp, "_site"), "--theme", theme);

        Assert.Equal(1, exit);
        Assert.Contains("page.sbn(1,", stderr);
        Assert.Contains("error SG0601:", stderr);
        CliAssert.NoStackTrace(stdout + stderr);
    }
}
