using System.Net;
using System.Net.Sockets;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Preview;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Server.Tests.Serving;

/// <summary>The port is bound before the first build; a page asked for meanwhile waits for the site, never a 404.</summary>
public sealed class FirstBuildTests
{
    [Fact]
    public async Task A_page_asked_for_during_the_first_build_is_served_once_it_is_built()
    {
        // Given a server whose first build is held at its end until the test lets it go
        using var folder = new TempFolder();
        folder.Write("input/README.md", "# Home\n\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"* [Lesson {i}](docs/l{i}.md)\n")));
        for (var i = 0; i < 20; i++)
        {
            folder.Write($"input/docs/l{i}.md", $"# Lesson {i}\n\nSome *text* with a [link](../README.md).\n");
        }

        var port = FreePort();
        var options = new PreviewServerOptions
        {
            Site = new SiteOptions { InputDirectory = folder.Combine("input"), ThemeDirectory = RepoPaths.DefaultTheme }.Resolve(folder.Path),
            Port = port,
        };
        using var report = new HeldReport();
        var starting = Task.Run(() => PreviewServer.StartAsync(options, report));
        await WaitUntilListening(port, starting);
        Assert.False(starting.IsCompleted, "the first build finished before the port took connections: the test proves nothing");

        // When a page is asked for while the build is held
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var asked = http.GetAsync($"http://127.0.0.1:{port}/docs/l7.html");
        await Task.Delay(300);
        Assert.False(asked.IsCompleted, "the page was answered before the first build finished");
        report.Release();

        // Then it is answered once the build is done, with the page
        var response = await asked;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lesson 7", await response.Content.ReadAsStringAsync());
        await using var server = await starting;
    }

    /// <summary>Holds the first rebuild step's report (inside the first build) until <see cref="Release"/>, at most 30 s.</summary>
    private sealed class HeldReport : IPreviewReport, IDisposable
    {
        private readonly ManualResetEventSlim _released = new();

        public void Release() => _released.Set();

        public void Rebuilt(RebuildResult result, IReadOnlyList<Diagnostic> fresh) => _released.Wait(TimeSpan.FromSeconds(30));

        public void Problem(string message)
        {
        }

        public void Dispose() => _released.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task WaitUntilListening(int port, Task starting)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !starting.IsCompleted)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(5);
            }
        }
    }
}
