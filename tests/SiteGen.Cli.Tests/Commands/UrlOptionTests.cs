namespace SiteGen.Cli.Tests.Commands;

/// <summary><c>--base-url</c> and <c>--repo-url</c> must be http(s) URLs: anything else stops the command before it builds.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class UrlOptionTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "sitegen-cli-tests-" + Guid.NewGuid().ToString("N"));

    public UrlOptionTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Theme => Path.Combine(CliRun.RepoRoot, "themes", "default");

    private static string Input => Path.Combine(CliRun.RepoRoot, "tests", "fixtures", "sites", "links", "input");

    public static TheoryData<string, string, string> Invalid()
    {
        var data = new TheoryData<string, string, string>();
        string[] values = ["javascript:alert(1)", "example.org/notes/", "/notes/", "ftp://example.org/", "https://exa mple.org/",
            "https://example.org/\"><script>", "https:///path", "file:///etc/", "", " https://example.org/"];
        foreach (var value in values)
        {
            data.Add("build", "--base-url", value);
            data.Add("build", "--repo-url", value);
            data.Add("check", "--repo-url", value);
            data.Add("serve", "--repo-url", value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_url_is_SG0008_naming_the_option_and_nothing_is_built(string command, string option, string value)
    {
        var output = Path.Combine(_temp, "_site");
        string[] args = command switch
        {
            "build" => ["build", "--input", Input, "--output", output, "--theme", Theme, option, value],
            "serve" => ["serve", "--input", Input, "--theme", Theme, "--port", "0", option, value],
            _ => ["check", "--input", Input, "--theme", Theme, option, value],
        };

        var (exit, stdout, stderr) = CliRun.Run(args);

        Assert.Equal(1, exit);
        Assert.Matches($@"^{option}: error SG0008: ", stderr);
        Assert.DoesNotContain("checked", stdout);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("--base-url", "https://example.org/notes/")]
    [InlineData("--base-url", "http://localhost:8080/")]
    [InlineData("--repo-url", "https://github.com/org/notes/blob/main/input/")]
    public void A_valid_url_builds(string option, string value)
    {
        var output = Path.Combine(_temp, "_site");

        var (exit, _, stderr) = CliRun.Run("build", "--input", Input, "--output", output, "--theme", Theme, option, value);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("SG0008", stderr);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }
}
