using System.Net.Sockets;
using System.Text;

namespace SiteGen.Server.Tests.TestSupport;

/// <summary>Sends a request target exactly as written (HttpClient would normalise <c>..</c> away) and returns the status line's code and the body.</summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Body)> Get(Uri server, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = response.Split("\r\n\r\n", 2) is [_, var rest] ? rest : "";
        return (status, body);
    }
}
