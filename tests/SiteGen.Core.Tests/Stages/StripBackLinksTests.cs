using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

public sealed class StripBackLinksTests
{
    private static string Body(string markdown)
    {
        using var site = new TestSite(("docs/aci/course/W01.md", markdown), ("docs/aci/aci.md", "# ACI\n"), ("README.md", "# Home\n"));
        return site.ProcessPages()["docs/aci/course/W01.md"].Content;
    }

    [Fact]
    public void Removes_back_to_bullets_under_the_title()
    {
        var html = Body("""
            # Week 1: Intro

            * back to AWS Cloud Institute repo's root [aci.md](../aci.md)
            * back to repo's main [README.md](../../../README.md)

            Lesson text.
            """);

        Assert.DoesNotContain("back to", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h1", html);
        Assert.Contains("Lesson text.", html);
    }

    [Fact]
    public void Removes_back_to_level_six_headings()
    {
        var html = Body("""
            ###### back to [aci.md](../aci.md)
            ###### back to [README.md](../../../README.md)

            # Week 1: Intro

            Lesson text.
            """);

        Assert.DoesNotContain("back to", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<h6", html);
        Assert.Contains("Lesson text.", html);
    }

    [Theory]
    [InlineData("* back to repo's main [README.md](../../../README.md)")]
    [InlineData("* back to AWS Cloud Institute repo's root [aci.md](../aci.md)")]
    [InlineData("* **back to repo's main [README.md](../../../README.md)**")]
    [InlineData("###### back to repo's main [README.md](../../../README.md)")]
    [InlineData("#### back to DB root page [databases](../aci.md)")]
    [InlineData("Back to [aci.md](../aci.md)")]
    public void Removes_each_back_to_shape_of_the_notes(string line)
    {
        var html = Body($"# Week 1: Intro\n\n{line}\n\nLesson text.\n");

        Assert.DoesNotContain("back to", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Lesson text.", html);
    }

    [Fact]
    public void Keeps_back_to_text_later_in_the_page()
    {
        var html = Body("""
            # Week 1: Intro

            * back to [aci.md](../aci.md)

            Lesson text.

            * back to basics: a list item the author meant
            """);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "back to"));
        Assert.Contains("back to basics", html);
    }

    [Fact]
    public void Keeps_a_list_that_only_starts_with_a_back_to_item()
    {
        var html = Body("""
            # Week 1: Intro

            * back to [aci.md](../aci.md)
            * Objectives of this week
            """);

        Assert.Contains("Objectives of this week", html);
    }
}
