using System.Net;

namespace SiteGen.Server;

/// <summary>The address the preview listens on: an IP address, or <c>localhost</c> for the IPv4 loopback.</summary>
public static class ListenAddress
{
    /// <summary>The address <paramref name="host"/> names, or null when it is not an IP address or <c>localhost</c>.</summary>
    public static IPAddress? Parse(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
        : null;

    public static bool IsLoopback(string host) => Parse(host) is { } address && IPAddress.IsLoopback(address);
}
