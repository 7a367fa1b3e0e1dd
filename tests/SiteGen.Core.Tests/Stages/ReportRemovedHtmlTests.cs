using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

public sealed class ReportRemovedHtmlTests
{
    private static readonly string[] Codes =
        [DiagnosticCodes.UnsafeUrl, DiagnosticCodes.HtmlRemoved, DiagnosticCodes.MalformedUrl, DiagnosticCodes.HtmlShownAsText];

    private static (IReadOnlyList<Diagnostic> Found, string Html) Check(string markdown)
    {
        using var site = new TestSite(("README.md", markdown));
        var html = site.ProcessPages()["README.md"].Content;
        return ([.. site.Diagnostics.Sorted().Where(d => Codes.Contains(d.Code))], html);
    }

    [Theory]
    [InlineData("See [this](javascript:alert(1)).", 3, 5)]
    [InlineData("See [this](jav&#x09;ascript:alert(1)).", 3, 5)]
    [InlineData("See ![this](JAVASCRIPT:alert(1)).", 3, 5)]
    [InlineData("See [this][x].\n\n[x]: vbscript:msgbox(1)", 3, 5)]
    [InlineData("See <javascript:alert(1)>.", 3, 5)]
    [InlineData("See <a href=\"data:text/html,x\">this</a>.", 3, 5)]
    public void An_unsafe_url_is_an_error_at_its_position_and_leaves_the_page(string line, int row, int column)
    {
        var (found, html) = Check("# Home\n\n" + line + "\n");

        var diagnostic = Assert.Single(found);
        Assert.Equal((DiagnosticCodes.UnsafeUrl, true, row, column), (diagnostic.Code, diagnostic.IsError, diagnostic.Line, diagnostic.Column));
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("=\"[^\"]*(script|data):", System.Text.RegularExpressions.RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void A_url_in_an_html_block_is_reported_at_its_own_line()
    {
        var (found, html) = Check("# Home\n\n<div>\n<p>ok</p>\n  <a href=\"javascript:alert(1)\">x</a>\n</div>\n");

        var diagnostic = Assert.Single(found);
        Assert.Equal((DiagnosticCodes.UnsafeUrl, 5, 3), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("<a>x</a>", html);
    }

    [Theory]
    [InlineData("<img src=\"a.png\" onerror=\"alert(1)\">")]
    [InlineData("<span style=\"background:url(x.png)\">x</span>")]
    [InlineData("<div srcdoc=\"x\">x</div>")]
    [InlineData("<!--><b>x</b>-->")]
    public void Html_the_sanitiser_removes_is_a_warning(string raw)
    {
        var (found, _) = Check("# Home\n\nText " + raw + "\n");

        var diagnostic = Assert.Single(found);
        Assert.Equal((DiagnosticCodes.HtmlRemoved, false, 3), (diagnostic.Code, diagnostic.IsError, diagnostic.Line));
    }

    [Fact]
    public void A_misspelt_https_is_a_warning_and_its_text_stays()
    {
        var (found, html) = Check("# Home\n\nSee [pricing](ihttps://example.org/).\n");

        var diagnostic = Assert.Single(found);
        Assert.Equal((DiagnosticCodes.MalformedUrl, false), (diagnostic.Code, diagnostic.IsError));
        Assert.Contains("See pricing.", html);
    }

    [Fact]
    public void A_placeholder_read_as_an_autolink_is_shown_as_text_with_a_warning()
    {
        var (found, html) = Check("# Home\n\nThe path pet/<str:pet_id> matches.\n");

        var diagnostic = Assert.Single(found);
        Assert.Equal(DiagnosticCodes.HtmlShownAsText, diagnostic.Code);
        Assert.Contains("pet/&lt;str:pet_id&gt; matches", html);
    }

    [Fact]
    public void Markup_the_notes_use_reports_nothing()
    {
        var (found, html) = Check("# Home\n\n<details>\n<summary>A <b>b</b></summary>\n\n[x](https://a.org) [m](mailto:a@b.org) [t](#home)"
            + " <img src=\"p.png\" width=\"600\" alt=\"p\"><br>\n\n</details>\n\n<table><tr><td colspan=\"2\" style=\"color:red\">c</td></tr></table>\n");

        Assert.Empty(found);
        Assert.Contains("<td colspan=\"2\" style=\"color:red\">", html);
    }

    [Fact]
    public void Unsafe_links_in_quiz_stems_options_and_explanations_are_errors_and_reach_no_output()
    {
        using var site = new TestSite(
            ("README.md", "# Home\n\n* [Course](docs/course/course.md)\n"),
            ("docs/course/course.md", "# Course\n\n* [Lesson](lesson.md)\n"),
            ("docs/course/lesson.md", """
                # Lesson

                ## Review

                ### Knowledge Check

                #### Which link is [safe](javascript:alert('stem'))?

                * [This one](javascript:alert('option'))

                Wrong answers:

                * [That one](jav&#x09;ascript:alert('wrong'))
                * <javascript:alert('autolink')>

                ##### Explanation

                See [why](javascript:alert('explanation')) and <a href="javascript:alert('raw')">raw</a>.

                """));

        var outputs = site.RunAllPipelines();

        var errors = site.Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.UnsafeUrl).ToList();
        Assert.All(errors, e => Assert.True(e.IsError));
        Assert.Equal([7, 9, 13, 14, 18, 18], errors.Select(e => e.Line));
        Assert.Contains("quizzes.json", outputs.Keys);
        // No output carries the URL as a link: the unsafe autolink may stay as the text the author typed, escaped.
        Assert.All(outputs, o => Assert.DoesNotMatch(
            @"(?i)(href|src)\s*=\s*(\\?[""'])?\s*javascript:|\]\(javascript:|<javascript:", o.Value));
        // The URLs of Markdown links and raw <a> are gone everywhere; only their text stays.
        foreach (var url in new[] { "alert('stem')", "alert('option')", "alert('wrong')", "alert('explanation')", "alert('raw')" })
        {
            Assert.All(outputs, o => Assert.DoesNotContain(url, o.Value, StringComparison.Ordinal));
        }
        Assert.Contains("This one", outputs["quizzes.json"]);
        Assert.Contains("See why and", outputs["quizzes.json"]);
    }
}
