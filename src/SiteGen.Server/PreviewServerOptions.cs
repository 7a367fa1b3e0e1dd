using SiteGen.Core.Building;

namespace SiteGen.Server;

/// <summary>What <c>sitegen serve</c> is asked to do: the site (its output folder is the server's own), where to listen, how to watch.</summary>
public sealed record PreviewServerOptions
{
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 5080;

    public required SiteOptions Site { get; init; }

    /// <summary>An IP address or <c>localhost</c>; anything but loopback makes the preview reachable from other machines.</summary>
    public string Host { get; init; } = DefaultHost;

    /// <summary>0 picks any free port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Compare snapshots of the sources instead of relying on file system events.</summary>
    public bool Poll { get; init; }

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the sources must be quiet after a change before the rebuild.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(40);
}
