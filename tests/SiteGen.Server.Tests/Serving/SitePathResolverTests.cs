using SiteGen.Server.Serving;

namespace SiteGen.Server.Tests.Serving;

public sealed class SitePathResolverTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SitePathResolver _resolver;

    public SitePathResolverTests()
    {
        _folder.Write("site/index.html", "home");
        _folder.Write("site/docs/index.html", "docs");
        _folder.Write("site/docs/a b.html", "spaced");
        _folder.Write("secret.txt", "outside");
        _folder.Write("outside/index.html", "outside");
        File.CreateSymbolicLink(_folder.Combine("site", "leak.txt"), _folder.Combine("secret.txt"));
        Directory.CreateSymbolicLink(_folder.Combine("site", "leakdir"), _folder.Combine("outside"));
        File.CreateSymbolicLink(_folder.Combine("site", "alias.html"), _folder.Combine("site", "index.html"));

        // A link whose target's path is inside the site but passes through a link leading out of it.
        File.CreateSymbolicLink(_folder.Combine("site", "via.txt"), _folder.Combine("site", "leakdir", "index.html"));
        File.CreateSymbolicLink(_folder.Combine("site", "relative.txt"), "leakdir/index.html");
        Directory.CreateSymbolicLink(_folder.Combine("site", "docs", "up"), "../leakdir");
        File.CreateSymbolicLink(_folder.Combine("site", "chain.txt"), "alias2.txt");
        File.CreateSymbolicLink(_folder.Combine("site", "alias2.txt"), "../secret.txt");
        _resolver = new SitePathResolver(_folder.Combine("site"));
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("/", "site/index.html")]
    [InlineData("/index.html", "site/index.html")]
    [InlineData("/docs/", "site/docs/index.html")]
    [InlineData("/docs/a%20b.html", "site/docs/a b.html")]
    [InlineData("/alias.html", "site/index.html")]
    public void Resolves_files_inside_the_site(string rawPath, string expected)
    {
        var (kind, path) = _resolver.Resolve(rawPath);

        Assert.Equal(SitePathResolver.Kind.File, kind);
        Assert.Equal(File.ReadAllText(_folder.Combine(expected.Split('/'))), File.ReadAllText(path!));
    }

    [Fact]
    public void A_FIFO_in_the_site_is_never_opened()
    {
        var fifo = _folder.Combine("site", "pipe.html");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        Assert.Equal((SitePathResolver.Kind.Missing, null), _resolver.Resolve("/pipe.html"));
    }

    [Fact]
    public void A_folder_without_its_trailing_slash_is_told_apart()
    {
        Assert.Equal(SitePathResolver.Kind.FolderWithoutSlash, _resolver.Resolve("/docs").Kind);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/docs/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%252fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("/%2f..%2fsecret.txt")]
    [InlineData("/C:/secret.txt")]
    [InlineData("/index.html%00.txt")]
    [InlineData("secret.txt")]
    [InlineData("http://localhost/../secret.txt")]
    [InlineData("/leak.txt")]
    [InlineData("/leakdir/")]
    [InlineData("/leakdir/index.html")]
    [InlineData("/via.txt")]
    [InlineData("/relative.txt")]
    [InlineData("/docs/up/")]
    [InlineData("/docs/up/index.html")]
    [InlineData("/chain.txt")]
    [InlineData("/alias2.txt")]
    public void Refuses_every_way_out_of_the_site(string rawPath)
    {
        Assert.Equal((SitePathResolver.Kind.Missing, null), _resolver.Resolve(rawPath));
    }

    [Fact]
    public void Refuses_an_absolute_path_to_an_existing_file()
    {
        var absolute = _folder.Combine("secret.txt");

        Assert.Equal(SitePathResolver.Kind.Missing, _resolver.Resolve(absolute).Kind);
        Assert.Equal(SitePathResolver.Kind.Missing, _resolver.Resolve("/" + Uri.EscapeDataString(absolute)).Kind);
    }
}
