using SiteGen.Core.Preview;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Preview;

public sealed class FileSnapshotTests
{
    [Fact]
    public void Reports_files_added_removed_and_rewritten()
    {
        using var folder = new TempFolder();
        var kept = folder.Write("kept.md", "same");
        var rewritten = folder.Write("rewritten.md", "short");
        var removed = folder.Write("removed.md", "gone soon");
        var before = FileSnapshot.Take([folder.Path]);

        File.WriteAllText(rewritten, "a longer text");
        File.Delete(removed);
        var added = folder.Write("sub/added.md", "new");
        var after = FileSnapshot.Take([folder.Path]);

        Assert.Equal(new[] { added, removed, rewritten }.Order(StringComparer.Ordinal), after.ChangedSince(before));
        Assert.DoesNotContain(kept, after.ChangedSince(before));
    }

    [Fact]
    public void Leaves_out_what_the_filter_refuses()
    {
        using var folder = new TempFolder();
        folder.Write("page.md", "x");
        folder.Write("page.md.swp", "x");

        var snapshot = FileSnapshot.Take([folder.Path], p => !p.EndsWith(".swp", StringComparison.Ordinal));

        Assert.Equal(1, snapshot.Count);
    }

    [UnixFact]
    public void Walks_as_the_build_does_no_link_out_no_loop_no_FIFO()
    {
        using var folder = new TempFolder();
        var page = folder.Write("input/a/page.md", "x");
        folder.Write("outside/secret.md", "secret");
        Directory.CreateSymbolicLink(folder.Combine("input", "a", "loop"), "..");
        Directory.CreateSymbolicLink(folder.Combine("input", "escape"), "../outside");
        UnixFiles.MakeFifo(folder.Combine("input", "a.md"));

        var snapshot = FileSnapshot.Take([folder.Combine("input")]);

        Assert.Equal(1, snapshot.Count);
        Assert.Equal([page], snapshot.ChangedSince(FileSnapshot.Empty));
    }
}
