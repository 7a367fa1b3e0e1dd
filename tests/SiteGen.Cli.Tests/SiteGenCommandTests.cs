namespace SiteGen.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SiteGenCommandTests
{
    [Fact]
    public void Help_lists_the_build_command()
    {
        var (exit, output, _) = CliRun.Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("build", output);
        Assert.Contains("Build the website from the notes", output);
        Assert.Contains("--version", output);
    }

    [Fact]
    public void Unknown_command_fails()
    {
        var (exit, _, error) = CliRun.Run("frobnicate");

        Assert.NotEqual(0, exit);
        Assert.Contains("frobnicate", error);
    }

    [Fact]
    public void An_internal_error_is_two_lines_and_exit_code_2_never_a_stack_trace()
    {
        var root = new System.CommandLine.RootCommand("test");
        root.SetAction(new Func<System.CommandLine.ParseResult, int>(_ => throw new InvalidOperationException("the index went missing")));
        var error = new StringWriter();

        var exit = SiteGenCommand.Invoke(root, [], error);

        Assert.Equal(SiteGenCommand.InternalError, exit);
        Assert.StartsWith("sitegen: internal error: InvalidOperationException: the index went missing", error.ToString());
        Assert.DoesNotContain(" at ", error.ToString());
    }
}
