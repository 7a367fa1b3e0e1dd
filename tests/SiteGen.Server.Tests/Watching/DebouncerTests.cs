using SiteGen.Server.Watching;

namespace SiteGen.Server.Tests.Watching;

public sealed class DebouncerTests
{
    [Fact]
    public async Task Fires_once_with_every_path_of_a_burst()
    {
        var fired = new List<IReadOnlyList<string>>();
        var done = new TaskCompletionSource();
        using var debouncer = new Debouncer(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), paths =>
        {
            lock (fired)
            {
                fired.Add(paths);
            }

            done.TrySetResult();
        });

        foreach (var path in new[] { "/a", "/b", "/a", "/c" })
        {
            debouncer.Add(path);
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(300);
        var batch = Assert.Single(fired);
        Assert.Equal(["/a", "/b", "/c"], batch);
    }

    [Fact]
    public async Task Fires_by_the_longest_wait_even_if_changes_never_stop()
    {
        var done = new TaskCompletionSource();
        using var debouncer = new Debouncer(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), _ => done.TrySetResult());
        var clock = System.Diagnostics.Stopwatch.StartNew();

        while (!done.Task.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            debouncer.Add("/busy");
            await Task.Delay(20);
        }

        Assert.True(done.Task.IsCompleted);
    }
}
