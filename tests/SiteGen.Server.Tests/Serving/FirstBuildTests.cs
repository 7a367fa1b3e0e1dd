using System.Net;
using System.Net.Sockets;
using SiteGen.Core.Building;
using SiteGen.Core.Tests.TestSupport;
using SiteGen.Server.Tests.TestSupport;

namespace SiteGen.Server.Tests.Serving;

/// <summary>The port is bound before the first build; a page asked for meanwhile waits for the site, never a 404.</summary>
public sealed class FirstBuildTests
{
    [Fact]
    public async Task A_page_asked_for_during_the_first_build_is_served_once_it_is_built()
    {
        using var folder = new TempFolder();
        folder.Write("input/README.md", "# Home\n\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"* [Lesson {i}](docs/l{i}.md)\n")));
        for (var i = 0; i < 300; i++)
        {
            folder.Write($"input/docs/l{i}.md", $"# Lesson {i}\n\n" + string.Concat(Enumerable.Repeat("Some *text* with a [link](../README.md).\n\n", 200)));
        }

        var port = FreePort();
        var options = new PreviewServerOptions
        {
            Site = new SiteOptions { InputDirectory = folder.Combine("input"), ThemeDirectory = RepoPaths.DefaultTheme }.Resolve(folder.Path),
            Port = port,
        };
        var starting = Task.Run(() => PreviewServer.StartAsync(options, new RecordingReport()));
        await WaitUntilListening(port, starting);
        Assert.False(starting.IsCompleted, "the first build finished before the port took connections: the test proves nothing");

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var response = await http.GetAsync($"http://127.0.0.1:{port}/docs/l7.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lesson 7", await response.Content.ReadAsStringAsync());
        await using var server = await starting;
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
