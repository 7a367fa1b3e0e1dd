using SiteGen.Core.IO;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.IO;

public sealed class RealPathTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The temp folder's own real path (the system temp folder may itself be reached through a link).</summary>
    private string Real(params string[] parts) => Path.Combine([RealPath.Of(_folder.Path), .. parts]);

    [Fact]
    public void A_path_without_links_is_itself()
    {
        _folder.Write("a/b/file.txt", "x");

        Assert.Equal(Real("a", "b", "file.txt"), RealPath.Of(Path.Combine(RealPath.Of(_folder.Path), "a", "b", "file.txt")));
    }

    [UnixFact]
    public void Resolves_a_relative_link_in_the_middle_of_the_path()
    {
        _folder.Write("notes/docs/page.md", "# Page\n");
        File.CreateSymbolicLink(_folder.Combine("here"), ".");

        Assert.Equal(Real("notes", "docs"), RealPath.Of(_folder.Combine("here", "here", "notes", "docs")));
    }

    [UnixFact]
    public void Resolves_the_existing_part_of_a_path_that_does_not_exist_yet()
    {
        Directory.CreateDirectory(_folder.Combine("notes"));
        Directory.CreateSymbolicLink(_folder.Combine("out"), _folder.Combine("notes"));

        Assert.Equal(Real("notes", "new", "_site"), RealPath.Of(_folder.Combine("out", "new", "_site")));
    }

    [UnixFact]
    public void Goes_up_from_where_a_link_leads_not_from_the_link()
    {
        // Given deep -> a/b/c, and a link whose target climbs out of it: up -> deep/..
        Directory.CreateDirectory(_folder.Combine("a", "b", "c"));
        Directory.CreateSymbolicLink(_folder.Combine("deep"), Path.Combine("a", "b", "c"));
        Directory.CreateSymbolicLink(_folder.Combine("up"), Path.Combine("deep", ".."));

        Assert.Equal(Real("a", "b"), RealPath.Of(_folder.Combine("up")));
    }

    [UnixFact]
    public void Resolves_a_dangling_link_to_its_target()
    {
        File.CreateSymbolicLink(_folder.Combine("site"), _folder.Combine("elsewhere", "site"));

        Assert.Equal(Real("elsewhere", "site"), RealPath.Of(_folder.Combine("site")));
    }

    [UnixFact]
    public void A_loop_of_links_is_an_IOException()
    {
        File.CreateSymbolicLink(_folder.Combine("a"), "b");
        File.CreateSymbolicLink(_folder.Combine("b"), "a");

        Assert.Throws<IOException>(() => RealPath.Of(_folder.Combine("a", "x")));
    }

    [Theory]
    [InlineData("/srv/site", "/srv", true)]
    [InlineData("/srv/site", "/", true)]
    [InlineData("/srv", "/srv", false)]
    [InlineData("/srv-other", "/srv", false)]
    [InlineData("/srv", "/srv/site", false)]
    public void Inside_means_strictly_below(string path, string folder, bool inside)
    {
        Assert.Equal(inside, RealPath.IsInside(path, folder));
    }
}
