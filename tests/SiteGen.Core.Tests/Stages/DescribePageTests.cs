using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

public sealed class DescribePageTests
{
    private static string TitleOf(string path, string markdown)
    {
        using var site = new TestSite((path, markdown));
        return Assert.Single(site.PageInfos()).Title;
    }

    [Fact]
    public void Title_is_the_first_h1()
    {
        Assert.Equal("Week 6: AWS Elastic Beanstalk", TitleOf("W06.md", "###### back to [x](x.md)\n\nIntro\n\n# Week 6: AWS *Elastic* Beanstalk\n\n# Later\n"));
    }

    [Fact]
    public void Title_falls_back_to_the_first_heading()
    {
        Assert.Equal("Overview", TitleOf("W06.md", "Text.\n\n## Overview\n"));
    }

    [Theory]
    [InlineData("docs/labs/my-first_lab.md", "my first lab")]
    [InlineData("docs/labs/README.md", "labs")]
    [InlineData("README.md", "Home")]
    public void Title_falls_back_to_the_file_or_folder_name(string path, string expected)
    {
        Assert.Equal(expected, TitleOf(path, "Just text.\n"));
    }

    [Fact]
    public void Outline_lists_headings_with_their_ids()
    {
        using var site = new TestSite(("W06.md", "# Title\n\n## Review\n\n### Quiz\n\n## Review\n"));

        var headings = Assert.Single(site.PageInfos()).Headings;

        Assert.Equal(["title", "review", "quiz", "review-1"], headings.Select(h => h.Id));
        Assert.Equal([1, 2, 3, 2], headings.Select(h => h.Level));
    }
}
