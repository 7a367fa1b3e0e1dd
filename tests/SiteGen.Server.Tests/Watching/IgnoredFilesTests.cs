using SiteGen.Server.Watching;

namespace SiteGen.Server.Tests.Watching;

public sealed class IgnoredFilesTests
{
    private readonly IgnoredFiles _ignored = new("/srv/out");

    [Theory]
    [InlineData("/notes/docs/.W01.md.swp")]
    [InlineData("/notes/docs/W01.md~")]
    [InlineData("/notes/docs/.#W01.md")]
    [InlineData("/notes/docs/#W01.md#")]
    [InlineData("/notes/docs/4913")]
    [InlineData("/notes/.git/index")]
    [InlineData("/srv/out/index.html")]
    public void Ignores_editor_temp_files_git_and_the_output(string path) => Assert.True(_ignored.IsIgnored(path));

    [Theory]
    [InlineData("/notes/docs/W01.md")]
    [InlineData("/notes/docs/images/diagram.png")]
    [InlineData("/srv/outside/index.html")]
    public void Watches_the_notes(string path) => Assert.False(_ignored.IsIgnored(path));
}
