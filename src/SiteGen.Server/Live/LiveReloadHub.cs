using System.Collections.Concurrent;
using System.Threading.Channels;

namespace SiteGen.Server.Live;

/// <summary>
/// The open pages listening for changes: each gets every event published after it subscribed, and the errors of the
/// current failed build at once, so a page opened while the build is broken shows them too.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Channel<LiveEvent>, byte> _clients = new();
    private volatile LiveEvent? _errors;

    public int Clients => _clients.Count;

    /// <summary>Raised with each event published; what tests and the benchmark wait on.</summary>
    public event Action<LiveEvent>? Published;

    public ChannelReader<LiveEvent> Subscribe(CancellationToken until)
    {
        var channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients[channel] = 0;
        if (_errors is { } errors)
        {
            channel.Writer.TryWrite(errors);
        }

        until.Register(() =>
        {
            _clients.TryRemove(channel, out _);
            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    public void Publish(LiveEvent message)
    {
        if (message.Name == LiveEvent.ErrorsName)
        {
            _errors = message;
        }
        else if (message.Name == LiveEvent.OkName)
        {
            _errors = null;
        }

        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(message);
        }

        Published?.Invoke(message);
    }

    /// <summary>Ends every stream, so the server can stop without waiting for open pages.</summary>
    public void Close()
    {
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryComplete();
        }

        _clients.Clear();
    }
}
