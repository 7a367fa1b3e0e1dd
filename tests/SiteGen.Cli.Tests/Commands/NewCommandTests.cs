namespace SiteGen.Cli.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class NewCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "sitegen-cli-tests-" + Guid.NewGuid().ToString("N"));

    public NewCommandTests()
    {
        var source = Path.Combine(CliRun.RepoRoot, "tests", "fixtures", "scaffold", "flat-list");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(_temp, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("abc", "SG0705")]
    [InlineData("7.5", "SG0705")]
    [InlineData("-1", "SG0705")]
    [InlineData("0", "SG0705")]
    [InlineData("100", "SG0705")]
    [InlineData("99999999999999", "SG0705")]
    public void An_invalid_week_is_SG0705_and_writes_nothing(string week, string code)
    {
        var before = Directory.GetFiles(_temp, "*", SearchOption.AllDirectories);

        var (exit, _, stderr) = CliRun.Run("new", "lesson", "--input", _temp, "--course", "docs/aci/170-course", "--title", "Django Models", "--week", week);

        Assert.Equal(1, exit);
        Assert.Contains($"error {code}: ", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(before, Directory.GetFiles(_temp, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../elsewhere", "Django", "SG0706")]
    [InlineData("docs/aci/170-course", "", "SG0704")]
    [InlineData("docs/aci/170-course", "Two\nlines", "SG0704")]
    public void A_course_outside_the_input_or_an_unusable_title_exits_1(string course, string title, string code)
    {
        Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(_temp)!, "elsewhere"));

        var (exit, _, stderr) = CliRun.Run("new", "lesson", "--input", _temp, "--course", course, "--title", title, "--week", "5");

        Assert.Equal(1, exit);
        Assert.Contains($"error {code}: ", stderr);
    }

    [Fact]
    public void A_valid_week_creates_the_lesson()
    {
        var (exit, stdout, _) = CliRun.Run("new", "lesson", "--input", _temp, "--course", "docs/aci/170-course", "--title", "Costs $0 to $1", "--week", "5");

        Assert.Equal(0, exit);
        Assert.Contains("W050Costs0To1.md", stdout);
        Assert.Contains("[Costs $0 to $1](./W050Costs0To1.md)", File.ReadAllText(Path.Combine(_temp, "docs/aci/170-course/course.md")));
    }
}
