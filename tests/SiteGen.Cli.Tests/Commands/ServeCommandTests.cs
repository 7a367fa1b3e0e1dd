using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SiteGen.Cli.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class ServeCommandTests
{
    private static string Fixture => Path.Combine(CliRun.RepoRoot, "tests", "fixtures", "sites", "navigation-week-headings", "input");

    private static string Theme => Path.Combine(CliRun.RepoRoot, "themes", "default");

    [Theory]
    [InlineData("--input")]
    [InlineData("--port")]
    [InlineData("--host")]
    [InlineData("--open")]
    [InlineData("--poll")]
    [InlineData("--theme")]
    public void Help_describes_every_option(string option)
    {
        var (exit, output, _) = CliRun.Run("serve", "--help");

        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n'), l => Regex.IsMatch(l, $@"^\s+(-\w, )?{option}\b"));
        Assert.Matches(@"\S\s{2,}\S", line.Trim());
    }

    [Fact]
    public void A_port_in_use_is_named_with_the_option_to_change_it()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exit, _, error) = CliRun.Run("serve", "--input", Fixture, "--theme", Theme, "--port", port);

        Assert.Equal(1, exit);
        Assert.Contains($"port {port} is in use", error);
        Assert.Contains("--port", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("--port", "70000", "--port")]
    [InlineData("--host", "example.org", "--host")]
    public void A_bad_option_fails_with_a_message(string option, string value, string named)
    {
        var (exit, _, error) = CliRun.Run("serve", "--input", Fixture, option, value);

        Assert.Equal(1, exit);
        Assert.Contains(named, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_missing_input_folder_fails_with_SG0001()
    {
        var (exit, _, error) = CliRun.Run("serve", "--input", Path.Combine(Path.GetTempPath(), "no-such-notes-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(1, exit);
        Assert.Contains("SG0001", error);
    }
}
