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
}
