using SiteGen.Core.Building;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

public sealed class OutputGuardTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Input => _folder.Combine("repo", "input");

    /// <summary>A home folder of the test's own, so no test depends on (or touches) the real one.</summary>
    private string Home => _folder.Combine("users", "me");

    public OutputGuardTests()
    {
        Directory.CreateDirectory(Input);
        Directory.CreateDirectory(Home);
    }

    public void Dispose() => _folder.Dispose();

    private OutputRefusal? Check(string output, bool force = false) => OutputGuard.Check(Input, output, force, Home);

    private static void AssertNeverAllowed(OutputRefusal? refusal)
    {
        Assert.NotNull(refusal);
        Assert.False(refusal.Overridable, refusal.Reason);
    }

    [Fact]
    public void Accepts_a_new_folder_of_its_own_beside_the_input()
    {
        Assert.Null(Check(_folder.Combine("repo", "_site")));
    }

    [Fact]
    public void Accepts_an_empty_folder()
    {
        Directory.CreateDirectory(_folder.Combine("repo", "_site"));

        Assert.Null(Check(_folder.Combine("repo", "_site")));
    }

    [Fact]
    public void Refuses_the_input_folder_even_with_force()
    {
        AssertNeverAllowed(Check(Input, force: true));
        AssertNeverAllowed(Check(Input + Path.DirectorySeparatorChar, force: true));
    }

    [Fact]
    public void Refuses_a_folder_that_contains_the_input()
    {
        AssertNeverAllowed(Check(_folder.Combine("repo"), force: true));
        AssertNeverAllowed(Check(_folder.Path, force: true));
    }

    [Fact]
    public void Refuses_a_folder_inside_the_input_even_one_that_does_not_exist_yet()
    {
        AssertNeverAllowed(Check(Path.Combine(Input, "_site"), force: true));
        AssertNeverAllowed(Check(Path.Combine(Input, "docs", "new", "_site"), force: true));
    }

    [Fact]
    public void Refuses_the_file_system_root()
    {
        AssertNeverAllowed(Check(Path.GetPathRoot(Input)!, force: true));
    }

    [Fact]
    public void Refuses_the_home_folder_and_a_folder_that_contains_it()
    {
        AssertNeverAllowed(Check(Home, force: true));
        AssertNeverAllowed(Check(_folder.Combine("users"), force: true));
    }

    [Fact]
    public void Accepts_a_new_folder_inside_home()
    {
        Assert.Null(Check(Path.Combine(Home, "sites", "_site")));
    }

    [Fact]
    public void Refuses_a_repository_root_even_with_force()
    {
        // Given an output folder that is some other repository's root
        var other = _folder.Combine("other-repo");
        Directory.CreateDirectory(Path.Combine(other, ".git"));

        AssertNeverAllowed(Check(other, force: true));
    }

    [Fact]
    public void Refuses_a_worktree_root_whose_git_is_a_file()
    {
        var other = _folder.Write("worktree/.git", "gitdir: /elsewhere\n");

        AssertNeverAllowed(Check(Path.GetDirectoryName(other)!, force: true));
    }

    [Fact]
    public void Refuses_a_folder_with_a_repository_deep_inside_even_with_force()
    {
        // Given a folder holding projects, one of them a repository three levels down
        _folder.Write("work/a/b/notes.txt", "mine");
        Directory.CreateDirectory(_folder.Combine("work", "a", "b", "project", ".git"));

        var refusal = Check(_folder.Combine("work"), force: true);

        AssertNeverAllowed(refusal);
        Assert.Contains("a/b/project/.git", refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_its_own_previous_output_once_someone_made_a_repository_in_it()
    {
        // Given a site SiteGen wrote, in which the user ran git init to push it by hand
        var site = _folder.Combine("repo", "_site");
        SiteMarker.Write(site);
        _folder.Write("repo/_site/index.html", "<p>site</p>");
        _folder.Write("repo/_site/.git/HEAD", "ref: refs/heads/gh-pages\n");

        AssertNeverAllowed(Check(site));
    }

    [Fact]
    public void Refuses_a_folder_too_large_to_search_for_repositories()
    {
        // Given a forced build into a folder with more folders than the search allows (3 here)
        for (var i = 0; i < 5; i++)
        {
            _folder.Write($"big/d{i}/file.txt", "x");
        }

        AssertNeverAllowed(OutputGuard.Check(Input, _folder.Combine("big"), force: true, Home, maxFolders: 3));
        Assert.Null(OutputGuard.Check(Input, _folder.Combine("big"), force: true, Home, maxFolders: 5));
    }

    [Fact]
    public void Refuses_a_non_empty_folder_SiteGen_did_not_write_unless_forced()
    {
        // Given a folder holding someone's files and no marker
        _folder.Write("repo/docs/notes.txt", "mine");

        var refusal = Check(_folder.Combine("repo", "docs"));

        Assert.NotNull(refusal);
        Assert.True(refusal.Overridable);
        Assert.Null(Check(_folder.Combine("repo", "docs"), force: true));
    }

    [Fact]
    public void Accepts_its_own_previous_output()
    {
        var site = _folder.Combine("repo", "_site");
        SiteMarker.Write(site);
        _folder.Write("repo/_site/index.html", "<p>site</p>");

        Assert.Null(Check(site));
    }

    [Fact]
    public void Accepts_a_site_of_an_older_SiteGen_by_its_shape()
    {
        // Given a site written before the marker: 404.html and the theme's hashed stylesheet
        _folder.Write("repo/_site/404.html", "<p>not found</p>");
        _folder.Write("repo/_site/assets/css/site.0123456789.css", "body{}");

        Assert.Null(Check(_folder.Combine("repo", "_site")));
    }

    [Fact]
    public void Does_not_take_any_site_with_a_404_page_for_an_older_SiteGen_site()
    {
        _folder.Write("repo/www/404.html", "<p>not found</p>");
        _folder.Write("repo/www/assets/css/site.css", "body{}");

        Assert.NotNull(Check(_folder.Combine("repo", "www")));
    }

    [Fact]
    public void Refuses_a_file()
    {
        AssertNeverAllowed(Check(_folder.Write("repo/site.html", "<p>page</p>"), force: true));
    }

    [UnixFact]
    public void Refuses_an_output_that_reaches_the_input_through_a_link_to_its_parent()
    {
        // Given here -> . beside the input: here/input is the input itself
        File.CreateSymbolicLink(_folder.Combine("repo", "here"), ".");

        AssertNeverAllowed(Check(_folder.Combine("repo", "here", "input"), force: true));
    }

    [UnixFact]
    public void Resolves_links_in_an_output_path_that_does_not_exist_yet()
    {
        // Given out -> repo/input (absolute), and an output below it that is not there yet
        Directory.CreateSymbolicLink(_folder.Combine("out"), Input);

        AssertNeverAllowed(Check(_folder.Combine("out", "new", "_site"), force: true));
    }

    [UnixFact]
    public void Refuses_an_output_that_is_home_through_a_link()
    {
        Directory.CreateSymbolicLink(_folder.Combine("h"), Home);

        AssertNeverAllowed(Check(_folder.Combine("h"), force: true));
    }

    [UnixFact]
    public void Refuses_an_input_given_through_a_link_and_built_into_its_real_path()
    {
        Directory.CreateSymbolicLink(_folder.Combine("notes"), Input);

        AssertNeverAllowed(OutputGuard.Check(_folder.Combine("notes"), Input, force: true, Home));
    }

    [UnixFact]
    public void Does_not_follow_links_when_searching_for_repositories()
    {
        // Given a site of SiteGen's holding a link to a repository: a build deletes the link, never the repository
        Directory.CreateDirectory(_folder.Combine("other-repo", ".git"));
        var site = _folder.Combine("repo", "_site");
        SiteMarker.Write(site);
        Directory.CreateSymbolicLink(Path.Combine(site, "linked"), _folder.Combine("other-repo"));

        Assert.Null(Check(site));
    }

    [UnixFact]
    public void Refuses_an_output_behind_a_loop_of_links_without_throwing()
    {
        File.CreateSymbolicLink(_folder.Combine("a"), "b");
        File.CreateSymbolicLink(_folder.Combine("b"), "a");

        AssertNeverAllowed(Check(_folder.Combine("a", "_site"), force: true));
    }
}
