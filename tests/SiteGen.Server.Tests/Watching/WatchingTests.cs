using SiteGen.Server.Live;
using SiteGen.Server.Tests.TestSupport;

namespace SiteGen.Server.Tests.Watching;

public sealed class WatchingTests
{
    [Fact]
    public async Task A_burst_of_saves_is_one_rebuild()
    {
        await AssertOneRebuild("Save number 19.", site =>
        {
            var text = site.Read(ServedSite.Lesson);
            for (var i = 0; i < 20; i++)
            {
                site.Write(ServedSite.Lesson, text + $"\nSave number {i}.\n");
            }
        });
    }

    [Fact]
    public async Task An_editors_save_rename_dance_is_one_rebuild_with_temp_files_ignored()
    {
        await AssertOneRebuild("Saved the vim way.", site =>
        {
            var lesson = site.InputPath(ServedSite.Lesson);
            var probe = Path.Combine(Path.GetDirectoryName(lesson)!, "4913");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            File.WriteAllText(lesson + ".swp", "swap");
            File.Move(lesson, lesson + "~");
            File.WriteAllText(lesson, File.ReadAllText(lesson + "~") + "\nSaved the vim way.\n");
            File.Delete(lesson + "~");
        });
    }

    /// <summary>After <paramref name="save"/>, the page shows <paramref name="expected"/> and exactly one rebuild ran.</summary>
    private static async Task AssertOneRebuild(string expected, Action<ServedSite> save)
    {
        await using var site = await ServedSite.Start(debounce: TimeSpan.FromMilliseconds(300));
        await using var events = await site.Events();
        var before = site.Server.Session.Rebuilds;

        save(site);

        await events.Next(LiveEvent.ReloadName);
        Assert.Contains(expected, await site.Http.GetStringAsync("docs/aci/200-web/W01Html.html"));
        await Task.Delay(700);
        Assert.Equal(before + 1, site.Server.Session.Rebuilds);
    }

    [Fact]
    public async Task Polling_sees_a_change_without_file_events()
    {
        await using var site = await ServedSite.Start(poll: true);
        await using var events = await site.Events();

        Assert.True(site.Server.Polling);
        site.Write(ServedSite.Lesson, site.Read(ServedSite.Lesson) + "\nSeen by polling.\n");

        await events.Next(LiveEvent.ReloadName);
        Assert.Contains("Seen by polling.", await site.Http.GetStringAsync("docs/aci/200-web/W01Html.html"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_FIFO_a_link_out_and_a_loop_appearing_while_serving_neither_hang_nor_leak(bool poll)
    {
        await using var site = await ServedSite.Start(poll: poll);
        await using var events = await site.Events();

        // When a pull request's hostile entries appear, then a lesson is saved
        var fifo = site.InputPath("docs/aci/200-web/W09Pipe.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        try
        {
            await ServeHostileEntries(site, events);
        }
        finally
        {
            // Opening a FIFO for reading and writing never blocks, and lets a reader that hung on it go.
            using (File.OpenHandle(fifo, FileMode.Open, FileAccess.ReadWrite))
            {
            }

            File.Delete(fifo);
        }
    }

    private static async Task ServeHostileEntries(ServedSite site, EventStream events)
    {
        File.CreateSymbolicLink(site.InputPath("docs/aci/200-web/shadow.md"), "/etc/passwd");
        File.CreateSymbolicLink(site.InputPath("secret.png"), "/etc/passwd");
        Directory.CreateSymbolicLink(site.InputPath("etclink"), "/etc");
        Directory.CreateSymbolicLink(site.InputPath("docs/loop"), "..");
        await Task.Delay(300);
        site.Write(ServedSite.Lesson, site.Read(ServedSite.Lesson) + "\nStill rebuilt.\n");

        // Then the lesson is rebuilt (nothing hung), and nothing outside the input is served
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!(await site.Http.GetStringAsync("docs/aci/200-web/W01Html.html")).Contains("Still rebuilt.", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the lesson was not rebuilt: the preview hung");
            await events.Next(LiveEvent.ReloadName);
        }

        foreach (var path in new[] { "docs/aci/200-web/shadow.html", "secret.png", "etclink/passwd", "docs/loop/docs/aci/200-web/W01Html.html", "docs/aci/200-web/W09Pipe.html" })
        {
            var response = await site.Http.GetAsync(path);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
