using SiteGen.Core.Pages;

namespace SiteGen.Core.Tests.Pages;

public sealed class PagePathsTests
{
    [Theory]
    [InlineData("README.md", "index.html")]
    [InlineData("docs/aci/README.md", "docs/aci/index.html")]
    [InlineData("docs/aci/readme.md", "docs/aci/index.html")]
    [InlineData("docs/aci/index.md", "docs/aci/index.html")]
    public void Makes_README_and_index_the_folder_index_page(string source, string expected)
    {
        // When
        var output = PagePaths.OutputOf(source);

        // Then
        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("docs/aci/170-developer-Intermediate-1/W062AWSElasticBeanstalkPythonSupport.md",
        "docs/aci/170-developer-Intermediate-1/W062AWSElasticBeanstalkPythonSupport.html")]
    [InlineData("Labs/My Lab.MD", "Labs/My Lab.html")]
    public void Keeps_the_case_of_folder_and_file_names(string source, string expected)
    {
        Assert.Equal(expected, PagePaths.OutputOf(source));
    }

    [Theory]
    [InlineData("docs/a/x.html", "docs/a/y.html", "y.html")]
    [InlineData("docs/a/x.html", "docs/b/y.html", "../b/y.html")]
    [InlineData("index.html", "docs/a/y.html", "docs/a/y.html")]
    [InlineData("docs/a/x.html", "index.html", "../../index.html")]
    [InlineData("docs/a/x.html", "docs/a/img/my pic.png", "img/my%20pic.png")]
    [InlineData("docs/A/x.html", "docs/a/y.html", "../a/y.html")]
    public void Writes_a_relative_escaped_url_from_one_page_to_another(string from, string to, string expected)
    {
        Assert.Equal(expected, PagePaths.RelativeUrl(from, to));
    }

    [Theory]
    [InlineData("docs/a/W01.html", "docs/a/W01.html")]
    [InlineData("docs/a b/\"><img src=x>.html", "docs/a%20b/%22%3E%3Cimg%20src%3Dx%3E.html")]
    [InlineData("W#1?.html", "W%231%3F.html")]
    [InlineData("100% \\ back.html", "100%25%20%5C%20back.html")]
    [InlineData("a%20b.html", "a%2520b.html")]
    [InlineData("Курс/Café.html", "%D0%9A%D1%83%D1%80%D1%81/Caf%C3%A9.html")]
    public void Url_encodes_each_segment_and_keeps_the_slashes(string path, string expected)
    {
        Assert.Equal(expected, PagePaths.Url(path));
        Assert.Equal(path, Uri.UnescapeDataString(expected));
    }

    [Theory]
    [InlineData("docs/a/x.md", "y.md", "docs/a/y.md")]
    [InlineData("docs/a/x.md", "./y.md", "docs/a/y.md")]
    [InlineData("docs/a/x.md", "../b/y.md", "docs/b/y.md")]
    [InlineData("docs/a/x.md", "../../README.md", "README.md")]
    [InlineData("docs/a/x.md", "/docs/c/z.md", "docs/c/z.md")]
    public void Resolves_a_relative_path_against_the_page_folder(string from, string relative, string expected)
    {
        Assert.Equal(expected, PagePaths.Resolve(from, relative));
    }

    [Theory]
    [InlineData("docs/x.md", "../../y.md")]
    [InlineData("x.md", "../y.md")]
    public void Resolve_gives_null_above_the_root(string from, string relative)
    {
        Assert.Null(PagePaths.Resolve(from, relative));
    }

    [Theory]
    [InlineData("docs/a/x.html", "../../")]
    [InlineData("index.html", "")]
    public void Root_prefix_climbs_one_level_per_folder(string output, string expected)
    {
        Assert.Equal(expected, PagePaths.RootPrefix(output));
    }

    [Theory]
    [InlineData("docs/x/LICENSE.md")]
    [InlineData("docs/x/licence.md")]
    [InlineData("docs/x/static/js/vendor/select2/README.md")]
    [InlineData("docs/x/Lab1_files/environment/README.md")]
    [InlineData("docs/x/.aws-sam/build/README.md")]
    [InlineData("docs/x/build/idna-3.10.dist-info/METADATA.md")]
    [InlineData("docs/x/node_modules/pkg/readme.md")]
    public void Recognises_pages_that_come_with_the_notes_but_are_not_lessons(string source)
    {
        Assert.True(PagePaths.IsVendored(source));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/aci/170-developer-Intermediate-1/labs/W040Lab1ConfiguringDjangoFramework.md")]
    [InlineData("docs/aci/licensing-models.md")]
    [InlineData("docs/vendors/aws.md")]
    public void Keeps_lessons_as_lessons(string source)
    {
        Assert.False(PagePaths.IsVendored(source));
    }
}
