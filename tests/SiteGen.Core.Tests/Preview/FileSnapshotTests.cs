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
}
