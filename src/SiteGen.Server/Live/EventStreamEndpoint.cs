using Microsoft.AspNetCore.Http;

namespace SiteGen.Server.Live;

/// <summary><c>/_sitegen/events</c>: a <c>text/event-stream</c> of <see cref="LiveEvent"/>s, with a comment line now and then to keep it open.</summary>
public sealed class EventStreamEndpoint(LiveReloadHub hub, CancellationToken stopping)
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task Respond(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var events = hub.Subscribe(both.Token);
        try
        {
            await response.WriteAsync("retry: 500\n: connected\n\n", both.Token);
            await response.Body.FlushAsync(both.Token);
            while (true)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(both.Token);
                wait.CancelAfter(KeepAlive);
                string text;
                try
                {
                    if (!await events.WaitToReadAsync(wait.Token))
                    {
                        return;
                    }

                    text = string.Concat(ReadAll(events));
                }
                catch (OperationCanceledException) when (!both.IsCancellationRequested)
                {
                    text = ": keep-alive\n\n";
                }

                await response.WriteAsync(text, both.Token);
                await response.Body.FlushAsync(both.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static IEnumerable<string> ReadAll(System.Threading.Channels.ChannelReader<LiveEvent> events)
    {
        while (events.TryRead(out var message))
        {
            yield return message.Format();
        }
    }
}
