using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Links;

namespace SiteGen.Core.Tests.Links;

public sealed class LinkResolverTests
{
    private const string Page = "docs/aci/course/W01Intro.md";
    private const string RepoUrl = "https://github.com/org/notes/blob/main/";

    private static readonly InputFiles Files = new("/nowhere",
    [
        "README.md",
        "docs/aci/aci.md",
        "docs/aci/course/W01Intro.md",
        "docs/aci/course/W02Django.md",
        "docs/aci/course/images/diagram.png",
        "docs/aci/course/lab.py",
        "docs/aci/other/README.md",
    ]);

    private readonly List<string> _codes = [];

    private ResolvedLink Resolve(string url, string? repoUrl = null) =>
        new LinkResolver(Files, repoUrl).Resolve(Page, url, (code, _, _, _) => _codes.Add(code));

    [Fact]
    public void Rewrites_relative_md_link_to_html()
    {
        // When
        var link = Resolve("W02Django.md");

        // Then
        Assert.Equal("W02Django.html", link.Url);
        Assert.Equal("docs/aci/course/W02Django.md", link.Target);
        Assert.Empty(_codes);
    }

    [Fact]
    public void Keeps_the_fragment_of_a_rewritten_link()
    {
        var link = Resolve("./W02Django.md#views-and-urls");

        Assert.Equal("W02Django.html#views-and-urls", link.Url);
        Assert.Equal("views-and-urls", link.Fragment);
    }

    [Fact]
    public void Rewrites_a_link_to_another_folder_relative_to_the_page()
    {
        var link = Resolve("../aci.md");

        Assert.Equal("../aci.html", link.Url);
        Assert.Equal("docs/aci/aci.md", link.Target);
    }

    [Theory]
    [InlineData("images/diagram.png", "docs/aci/course/images/diagram.png")]
    [InlineData("./lab.py", "docs/aci/course/lab.py")]
    public void Keeps_links_to_images_and_other_files_at_their_path(string url, string target)
    {
        var link = Resolve(url);

        Assert.Equal(url.TrimStart('.', '/'), link.Url);
        Assert.Equal(target, link.Target);
        Assert.Empty(_codes);
    }

    [Fact]
    public void Link_differing_only_in_case_works_and_is_reported()
    {
        var link = Resolve("w02django.md");

        Assert.Equal("W02Django.html", link.Url);
        Assert.Equal("docs/aci/course/W02Django.md", link.Target);
        Assert.Equal([DiagnosticCodes.LinkCaseMismatch], _codes);
    }

    [Theory]
    [InlineData("W02Django.md%20")]
    [InlineData("./W02Django%20.md")]
    public void Link_with_encoded_trailing_space_works_and_is_reported(string url)
    {
        var link = Resolve(url);

        Assert.Equal("W02Django.html", link.Url);
        Assert.Equal([DiagnosticCodes.LinkTrailingSpace], _codes);
    }

    [Fact]
    public void Missing_target_is_kept_and_reported_without_repo_url()
    {
        var link = Resolve("W99Missing.md");

        Assert.Equal("W99Missing.md", link.Url);
        Assert.Null(link.Target);
        Assert.Equal([DiagnosticCodes.BrokenLink], _codes);
    }

    [Fact]
    public void Missing_target_goes_to_the_repository_with_repo_url()
    {
        var link = Resolve("W99Missing.md#x", RepoUrl);

        Assert.Equal(RepoUrl + "docs/aci/course/W99Missing.md#x", link.Url);
        Assert.Null(link.Target);
        Assert.Equal([DiagnosticCodes.BrokenLink], _codes);
    }

    [Fact]
    public void Link_leaving_the_input_is_kept_and_reported_without_repo_url()
    {
        var link = Resolve("../../../../LICENSE");

        Assert.Equal("../../../../LICENSE", link.Url);
        Assert.Equal([DiagnosticCodes.LinkLeavesInput], _codes);
    }

    [Fact]
    public void Link_leaving_the_input_goes_to_the_repository_with_repo_url()
    {
        // Given the input is the notes/ folder of the repository
        var repoUrl = RepoUrl + "notes/";

        // When
        var link = Resolve("../../../../LICENSE", repoUrl);

        // Then
        Assert.Equal(RepoUrl + "LICENSE", link.Url);
        Assert.Null(link.Target);
        Assert.Empty(_codes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Empty_link_is_reported(string url)
    {
        Resolve(url);

        Assert.Equal([DiagnosticCodes.EmptyLink], _codes);
    }

    [Theory]
    [InlineData("ihttps://docs.aws.amazon.com/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("jav\tascript:alert(1)")]
    public void A_url_of_a_refused_scheme_is_left_to_ReportRemovedHtml(string url)
    {
        var link = Resolve(url);

        Assert.Equal(url, link.Url);
        Assert.Empty(_codes);
    }

    [Fact]
    public void External_link_is_kept_silently()
    {
        var link = Resolve("https://docs.aws.amazon.com/elasticbeanstalk/", RepoUrl);

        Assert.Equal("https://docs.aws.amazon.com/elasticbeanstalk/", link.Url);
        Assert.Empty(_codes);
    }

    [Fact]
    public void Absolute_link_to_the_own_repository_is_reported()
    {
        Resolve(RepoUrl + "docs/aci/course/W02Django.md", RepoUrl);

        Assert.Equal([DiagnosticCodes.AbsoluteSelfLink], _codes);
    }

    [Theory]
    [InlineData("../other/")]
    [InlineData("../other")]
    public void Folder_link_goes_to_the_folder_README_page(string url)
    {
        var link = Resolve(url);

        Assert.Equal("../other/index.html", link.Url);
        Assert.Equal("docs/aci/other/README.md", link.Target);
        Assert.Empty(_codes);
    }

    [Fact]
    public void Fragment_only_link_stays_on_the_page()
    {
        var link = Resolve("#summary");

        Assert.Equal("#summary", link.Url);
        Assert.Null(link.Target);
        Assert.Empty(_codes);
    }

    private static (string Code, string? Hint, (string Find, string Replace)? Fix) Finding(string url)
    {
        var findings = new List<(string, string?, (string, string)?)>();
        new LinkResolver(Files, null).Resolve(Page, url, (code, _, hint, fix) => findings.Add((code, hint, fix)));
        return Assert.Single(findings);
    }

    [Fact]
    public void Case_mismatch_hints_at_and_fixes_to_the_name_as_spelt_on_disk()
    {
        var (code, hint, fix) = Finding("./w02django.md#setup");

        Assert.Equal(DiagnosticCodes.LinkCaseMismatch, code);
        Assert.StartsWith("did you mean './W02Django.md'?", hint);
        Assert.Equal(("./w02django.md", "./W02Django.md"), fix);
    }

    [Fact]
    public void Case_mismatch_with_escapes_is_hinted_but_not_fixed()
    {
        var (_, hint, fix) = Finding("IMAGES/diagram%2Epng");

        Assert.StartsWith("did you mean 'docs/aci/course/images/diagram.png'?", hint);
        Assert.Null(fix);
    }

    [Theory]
    [InlineData("aci.md", "did you mean '../aci.md'?")]
    [InlineData("../../course/W02Django.md", "did you mean '../course/W02Django.md'?")]
    [InlineData("../W02Django.md", "did you mean 'W02Django.md'?")]
    [InlineData("pictures/diagram.png", "did you mean 'images/diagram.png'?")]
    public void Broken_link_hints_at_one_more_or_fewer_parent_or_a_file_of_the_same_name(string url, string expected)
    {
        var (code, hint, fix) = Finding(url);

        Assert.Equal(DiagnosticCodes.BrokenLink, code);
        Assert.Equal(expected, hint);
        Assert.Null(fix);
    }

    [Fact]
    public void Template_placeholder_is_one_broken_link_with_a_code_block_hint()
    {
        var (code, hint, _) = Finding("static/{{ i.image_url.url }}");

        Assert.Equal(DiagnosticCodes.BrokenLink, code);
        Assert.Contains("code block", hint);
    }

    [Fact]
    public void Broken_link_with_no_near_file_has_no_hint()
    {
        var (code, hint, _) = Finding("W99Missing.md");

        Assert.Equal(DiagnosticCodes.BrokenLink, code);
        Assert.Null(hint);
    }
}
