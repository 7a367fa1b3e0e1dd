using System.Net;
using Microsoft.AspNetCore.Http;

namespace SiteGen.Server.Serving;

/// <summary>
/// The DNS-rebinding defence of a preview bound to loopback: a page of another site whose name an attacker points
/// at 127.0.0.1 reaches the port, but its requests carry that site's name in the Host header. Only
/// <c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c> or the bound address, with the port the request came in on,
/// are answered; anything else gets 421 Misdirected Request. Bound to another address, any Host is accepted.
/// </summary>
public sealed class HostFilter(IPAddress listening)
{
    private readonly bool _loopback = IPAddress.IsLoopback(listening);

    public bool Allows(HttpContext context)
    {
        if (!_loopback)
        {
            return true;
        }

        var host = context.Request.Host;
        if (!host.HasValue)
        {
            return false;
        }

        var port = host.Port ?? (context.Request.IsHttps ? 443 : 80);
        return port == context.Connection.LocalPort && IsLoopbackName(host.Host);
    }

    private bool IsLoopbackName(string name) =>
        name.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(name.Trim('[', ']'), out var address) && (IPAddress.IsLoopback(address) || address.Equals(listening)) &&
         (name.StartsWith('[') || address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork));

    /// <summary>Answers a refused request: 421 and a line saying why.</summary>
    public static async Task Refuse(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("421: this preview answers only to localhost, 127.0.0.1 or [::1] with its port\n");
    }
}
