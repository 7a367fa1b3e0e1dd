using System.Diagnostics;

namespace SiteGen.Cli.Tests.Commands;

/// <summary><c>sitegen serve</c> as its own process, stopped the way a terminal or a service manager stops it.</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task A_termination_signal_stops_the_server_cleanly_with_exit_code_0()
    {
        var fixture = Path.Combine(CliRun.RepoRoot, "tests", "fixtures", "sites", "navigation-week-headings", "input");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sitegen.dll"), "serve", "--input", fixture, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var server = Process.Start(start)!;
        var error = server.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line && !line.StartsWith("serving http://127.0.0.1:", StringComparison.Ordinal))
            {
            }

            using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            var rest = await server.StandardOutput.ReadToEndAsync(timeout.Token);
            await server.WaitForExitAsync(timeout.Token);

            Assert.Equal(0, server.ExitCode);
            Assert.Contains("stopped", rest);
            Assert.DoesNotContain("   at ", await error);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill();
            }
        }
    }
}
