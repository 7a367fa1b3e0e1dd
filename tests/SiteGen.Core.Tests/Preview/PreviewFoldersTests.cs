using SiteGen.Core.Preview;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Preview;

public sealed class PreviewFoldersTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Guid32 => Guid.NewGuid().ToString("N");

    [Fact]
    public void A_new_folder_is_named_with_this_process()
    {
        var folder = PreviewFolders.Create(_folder.Path);

        Assert.True(Directory.Exists(folder));
        Assert.StartsWith($"sitegen-serve-{Environment.ProcessId}-", Path.GetFileName(folder), StringComparison.Ordinal);
    }

    [Fact]
    public void Removes_the_folders_of_processes_no_longer_running_and_keeps_the_rest()
    {
        // Given the folders of a killed preview (pid 4000001), of a running one (pid 7), and others
        var dead = _folder.Write($"sitegen-serve-4000001-{Guid32}/index.html", "a killed preview's");
        var running = _folder.Write($"sitegen-serve-7-{Guid32}/index.html", "a running preview's");
        var older = _folder.Write($"sitegen-serve-{Guid32}/index.html", "from a SiteGen before the pid was in the name");
        var other = _folder.Write("sitegen-serve-notes/index.html", "someone's");

        var removed = PreviewFolders.RemoveStale(_folder.Path, pid => pid == 7);

        Assert.Equal([Path.GetDirectoryName(dead)!], removed);
        Assert.False(File.Exists(dead));
        Assert.All([running, older, other], path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void Keeps_the_folders_of_this_process_by_default()
    {
        var mine = PreviewFolders.Create(_folder.Path);

        Assert.Empty(PreviewFolders.RemoveStale(_folder.Path));
        Assert.True(Directory.Exists(mine));
    }
}
