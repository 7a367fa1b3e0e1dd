namespace SiteGen.Server;

/// <summary>The preview's port is taken by another program.</summary>
public sealed class PortInUseException(string host, int port, Exception inner)
    : Exception($"port {port} is in use on {host}", inner)
{
    public int Port { get; } = port;
}
