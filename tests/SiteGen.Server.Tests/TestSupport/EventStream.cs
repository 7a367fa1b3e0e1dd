using System.Threading.Channels;

namespace SiteGen.Server.Tests.TestSupport;

/// <summary>A client of the preview's Server-Sent Events, as a browser's EventSource would be: every event, in order.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private EventStream(Stream body) => _reading = Task.Run(() => Read(body));

    public static async Task<EventStream> Open(HttpClient http)
    {
        var response = await http.GetAsync("_sitegen/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event named <paramref name="name"/> (others are skipped), or a failure after <paramref name="seconds"/>.</summary>
    public async Task<string> Next(string name, double seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            while (true)
            {
                var (eventName, data) = await _events.Reader.ReadAsync(timeout.Token);
                if (eventName == name)
                {
                    return data;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no '{name}' event within {seconds} s");
        }
    }

    private async Task Read(Stream body)
    {
        using var reader = new StreamReader(body);
        string? name = null;
        var data = "";
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line["data: ".Length..];
                }
                else if (line.Length == 0 && name is not null)
                {
                    _events.Writer.TryWrite((name, data));
                    (name, data) = (null, "");
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
    }
}
