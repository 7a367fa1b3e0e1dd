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
}
