using System.Text.Json;
using System.Text.RegularExpressions;

namespace SiteGen.Cli.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "sitegen-cli-tests-" + Guid.NewGuid().ToString("N"));

    public CheckCommandTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Theme => Path.Combine(CliRun.RepoRoot, "themes", "default");

    private static string Fixture(string scenario) => Path.Combine(CliRun.RepoRoot, "tests", "fixtures", "check", scenario);

    private static (int ExitCode, string Out, string Error) Check(string scenario, params string[] more) =>
        CliRun.Run(["check", "--input", Fixture(scenario), "--theme", Theme, .. more]);

    [Theory]
    [InlineData("--input")]
    [InlineData("--format")]
    [InlineData("--strict")]
    [InlineData("--fix")]
    [InlineData("--repo-url")]
    [InlineData("--theme")]
    public void Help_describes_every_option(string option)
    {
        var (exit, output, _) = CliRun.Run("check", "--help");

        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n'), l => Regex.IsMatch(l, $@"^\s+(-\w, )?{option}\b"));
        Assert.Matches(@"\S\s{2,}\S", line.Trim());
    }

    [Fact]
    public void Root_help_lists_the_check_command()
    {
        var (_, output, _) = CliRun.Run("--help");

        Assert.Matches(@"\bcheck\s+Report every problem", output);
    }

    [Fact]
    public void Clean_notes_exit_0()
    {
        var (exit, stdout, _) = Check("clean-links");

        Assert.Equal(0, exit);
        Assert.Contains("0 errors, 0 warnings; nothing written", stdout);
    }

    [Fact]
    public void Warnings_exit_0_and_print_in_the_canonical_form()
    {
        var (exit, stdout, _) = Check("SG0201");

        Assert.Equal(0, exit);
        Assert.Matches(new Regex(@"^\S*README\.md\(3,5\): warning SG0201: ", RegexOptions.Multiline), stdout);
    }

    [Fact]
    public void Warnings_exit_1_when_strict()
    {
        var (exit, stdout, _) = Check("SG0201", "--strict");

        Assert.Equal(1, exit);
        Assert.Contains("warning SG0201:", stdout);
    }

    [Fact]
    public void Missing_input_exits_1_with_SG0001_and_no_stack_trace()
    {
        var (exit, stdout, stderr) = CliRun.Run("check", "--input", Path.Combine(_temp, "missing"));

        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@"missing: error SG0001: input folder does not exist", RegexOptions.Multiline), stderr);
        CliAssert.NoStackTrace(stdout + stderr);
    }

    [Fact]
    public void GitHub_format_prints_workflow_annotations()
    {
        var (exit, stdout, _) = Check("SG0201", "--format", "github");

        Assert.Equal(0, exit);
        Assert.Matches(new Regex(@"^::warning file=\S*README\.md,line=3,col=5,title=SG0201::link target", RegexOptions.Multiline), stdout);
    }

    [Fact]
    public void GitHub_format_prints_errors_on_standard_output_too()
    {
        var (exit, stdout, _) = CliRun.Run("check", "--input", Path.Combine(_temp, "missing"), "--format", "github");

        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@"^::error file=\S*missing,title=SG0001::input folder does not exist", RegexOptions.Multiline), stdout);
    }

    [Fact]
    public void Json_format_prints_only_json_on_standard_output()
    {
        var (exit, stdout, _) = Check("SG0201", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var items = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["SG0201", "SG0201"], items.Select(i => i.GetProperty("code").GetString()));
    }

    [Fact]
    public void Unknown_format_is_refused_with_the_accepted_values_and_no_stack_trace()
    {
        var (exit, stdout, stderr) = Check("SG0201", "--format", "xml");

        Assert.NotEqual(0, exit);
        Assert.Contains("'xml'", stderr);
        Assert.Contains("github", stderr);
        CliAssert.NoStackTrace(stdout + stderr);
    }

    [Fact]
    public void Check_without_fix_writes_nothing()
    {
        var input = CopyOf("SG0202");
        var before = Snapshot();

        var (exit, _, _) = CliRun.Run("check", "--input", input, "--theme", Theme);

        Assert.Equal(0, exit);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Fix_repairs_prints_each_change_and_a_second_run_fixes_nothing()
    {
        var input = CopyOf("SG0202");

        var (exit, stdout, _) = CliRun.Run("check", "--input", input, "--theme", Theme, "--fix", "--strict");
        var (_, again, _) = CliRun.Run("check", "--input", input, "--theme", Theme, "--fix");

        Assert.Equal(0, exit);
        Assert.Matches(new Regex(@"README\.md\(3,9\): fixed SG0202: 'docs/A\.md' → 'docs/a\.md'"), stdout);
        Assert.Contains("[A](docs/a.md)", File.ReadAllText(Path.Combine(input, "README.md")));
        Assert.DoesNotContain("fixed", again);
        Assert.Contains("0 warnings; nothing written", again);
    }

    private string CopyOf(string scenario) => CliAssert.CopyFolder(Fixture(scenario), Path.Combine(_temp, scenario));

    /// <summary>Every entry under the test's temp folder (the input and what is beside it) with its time and bytes.</summary>
    private List<string> Snapshot() =>
    [
        .. Directory.EnumerateFileSystemEntries(_temp, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => $"{p} {File.GetLastWriteTimeUtc(p):O} {(File.Exists(p) ? Convert.ToHexString(File.ReadAllBytes(p)) : "dir")}"),
    ];
}
