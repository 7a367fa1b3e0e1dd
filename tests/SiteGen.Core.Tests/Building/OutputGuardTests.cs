using SiteGen.Core.Building;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

public sealed class OutputGuardTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Input => _folder.Combine("repo", "input");

    public OutputGuardTests() => Directory.CreateDirectory(Input);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Accepts_a_folder_of_its_own_beside_the_input()
    {
        Assert.Null(OutputGuard.Refusal(Input, _folder.Combine("repo", "_site")));
    }

    [Fact]
    public void Refuses_the_input_folder()
    {
        Assert.NotNull(OutputGuard.Refusal(Input, Input));
        Assert.NotNull(OutputGuard.Refusal(Input, Input + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void Refuses_a_folder_that_contains_the_input()
    {
        Assert.NotNull(OutputGuard.Refusal(Input, _folder.Combine("repo")));
        Assert.NotNull(OutputGuard.Refusal(Input, _folder.Path));
    }

    [Fact]
    public void Refuses_the_file_system_root()
    {
        Assert.NotNull(OutputGuard.Refusal(Input, Path.GetPathRoot(Input)!));
    }

    [Fact]
    public void Refuses_the_home_folder()
    {
        // Given an input that is not inside home, so only the home rule can refuse
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length == 0)
        {
            return;
        }

        Assert.NotNull(OutputGuard.Refusal("/srv/notes-elsewhere/input", home));
    }

    [Fact]
    public void Refuses_a_repository_root()
    {
        // Given an output folder that is some other repository's root
        var other = _folder.Combine("other-repo");
        Directory.CreateDirectory(Path.Combine(other, ".git"));

        Assert.NotNull(OutputGuard.Refusal(Input, other));
    }

    [Fact]
    public void Refuses_a_worktree_root_whose_git_is_a_file()
    {
        var other = _folder.Write("worktree/.git", "gitdir: /elsewhere\n");

        Assert.NotNull(OutputGuard.Refusal(Input, Path.GetDirectoryName(other)!));
    }
}
