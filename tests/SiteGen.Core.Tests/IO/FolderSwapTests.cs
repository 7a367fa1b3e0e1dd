using SiteGen.Core.IO;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.IO;

public sealed class FolderSwapTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public FolderSwapTests()
    {
        _folder.Write("_site/index.html", "previous");
        _folder.Write("._site.tmp-1/index.html", "new");
    }

    private string Target => _folder.Combine("_site");

    private string Staged => _folder.Combine("._site.tmp-1");

    public void Dispose() => _folder.Dispose();

    private string Page => File.ReadAllText(Path.Combine(Target, "index.html"));

    [Fact]
    public void A_failure_between_the_two_renames_puts_the_previous_folder_back()
    {
        // Given a system without the exchange, where the second rename (the new folder in) fails
        var moves = new FailingFolderMoves { FailMove = 2 };

        Assert.Throws<IOException>(() => new FolderSwap(moves).Replace(Staged, Target));

        // Then the previous folder is where it was, the new one still staged, nothing else beside them
        Assert.Equal("previous", Page);
        Assert.True(Directory.Exists(Staged));
        Assert.Equal(["._site.tmp-1", "_site"], Directory.GetDirectories(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["exchange", "move _site -> ._site.old-1", "move ._site.tmp-1 -> _site", "move ._site.old-1 -> _site"], moves.Calls);
    }

    [Fact]
    public void A_failure_of_the_first_rename_changes_nothing()
    {
        Assert.Throws<IOException>(() => new FolderSwap(new FailingFolderMoves { FailMove = 1 }).Replace(Staged, Target));

        Assert.Equal("previous", Page);
        Assert.True(Directory.Exists(Staged));
    }

    [Fact]
    public void Without_the_exchange_two_renames_put_the_new_folder_in_and_the_previous_aside()
    {
        var previous = new FolderSwap(new FailingFolderMoves()).Replace(Staged, Target);

        Assert.Equal("new", Page);
        Assert.Equal(_folder.Combine("._site.old-1"), previous);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(previous!, "index.html")));
    }

    [Fact]
    public void A_new_target_is_a_plain_rename()
    {
        Directory.Delete(Target, recursive: true);
        var moves = new FailingFolderMoves { Exchange = true };

        Assert.Null(new FolderSwap(moves).Replace(Staged, Target));

        Assert.Equal("new", Page);
        Assert.Equal(["move ._site.tmp-1 -> _site"], moves.Calls);
    }

    [LinuxFact]
    public void On_Linux_the_folders_are_exchanged_in_one_step()
    {
        var moves = new FailingFolderMoves { Exchange = true, FailMove = 1 };

        var previous = new FolderSwap(moves).Replace(Staged, Target);

        // Then no rename ran (the first would have failed): the exchange did it all
        Assert.Equal(["exchange"], moves.Calls);
        Assert.Equal("new", Page);
        Assert.Equal(Staged, previous);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(Staged, "index.html")));
    }
}
