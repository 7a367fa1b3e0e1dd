using Markdig;
using SiteGen.Markdown.Html;

namespace SiteGen.Markdown.Tests.Html;

/// <summary>Raw HTML in the notes: real markup passes through; placeholders and talked-about tags show as text.</summary>
public sealed class SafeHtmlTests
{
    private static readonly MarkdownPipeline Pipeline = SiteMarkdown.CreateBuilder().Build();

    private static string Render(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    [Theory]
    [InlineData("First line<br>second line\n", "<br>")]
    [InlineData("A <b>bold</b> claim\n", "<b>bold</b>")]
    [InlineData("<details>\n<summary>Answer</summary>\n\nIt is B.\n\n</details>\n", "<summary>Answer</summary>")]
    [InlineData("<table>\n<tr><td>cell</td></tr>\n</table>\n", "<tr><td>cell</td></tr>")]
    [InlineData("<img src=\"images/arch.png\" width=\"600\">\n", "<img src=\"images/arch.png\" width=\"600\">")]
    [InlineData("Inline <img src=\"a.png\" alt=\"a\"> image\n", "<img src=\"a.png\" alt=\"a\">")]
    [InlineData("H<sub>2</sub>O and x<sup>2</sup>\n", "<sub>2</sub>")]
    public void Real_markup_passes_through(string markdown, string expected)
    {
        Assert.Contains(expected, Render(markdown));
    }

    [Theory]
    [InlineData("The bucket is called elasticbeanstalk-<region>-<account-id>.\n", "elasticbeanstalk-&lt;region&gt;-&lt;account-id&gt;")]
    [InlineData("**elasticbeanstalk-<region>-<account-id>**\n", "&lt;region&gt;-&lt;account-id&gt;")]
    [InlineData("Replace <your-bucket-name> with yours\n", "&lt;your-bucket-name&gt;")]
    public void Placeholders_in_prose_are_shown_as_text(string markdown, string expected)
    {
        var html = Render(markdown);

        Assert.Contains(expected, html);
        Assert.DoesNotContain("<region>", html);
    }

    [Fact]
    public void Placeholder_opening_a_block_is_shown_as_a_paragraph_of_text()
    {
        var html = Render("<region> is the AWS Region code, such as us-east-1.\n");

        Assert.Contains("&lt;region&gt;", html);
        Assert.Contains("us-east-1", html);
        Assert.DoesNotContain("<region>", html);
    }

    [Fact]
    public void Script_in_running_text_is_shown_as_text_never_executable()
    {
        var html = Render("You enclose the code between the opening <script> tag and the closing </script> tag.\n\n<script>alert(1)</script>\n");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("style")]
    [InlineData("iframe")]
    [InlineData("script")]
    [InlineData("textarea")]
    public void Talked_about_tags_are_shown_as_text_inline_and_as_blocks(string tag)
    {
        var html = Render($"Use the <{tag}> element, then </{tag}> closes it.\n\n<{tag}>\nbody text\n</{tag}>\n");

        Assert.DoesNotContain($"<{tag}", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"&lt;{tag}&gt;", html);
        Assert.Contains("body text", html);
    }

    [Fact]
    public void Event_handler_markup_in_an_unknown_tag_is_not_executable()
    {
        var html = Render("<svg onload=alert(1)>\n");

        Assert.DoesNotContain("<svg", html);
    }

    [Fact]
    public void Tags_in_code_stay_code()
    {
        var html = Render("Write `<script>` here.\n\n```html\n<script>\n</script>\n```\n");

        Assert.Contains("<code>&lt;script&gt;</code>", html);
        Assert.DoesNotContain("<script", html);
    }

    [Theory]
    [InlineData("<br>", true)]
    [InlineData("</details>", true)]
    [InlineData("<!-- note -->", true)]
    [InlineData("<IMG SRC=\"a.png\">", true)]
    [InlineData("<region>", false)]
    [InlineData("<account-id>", false)]
    [InlineData("<script>", false)]
    [InlineData("</script>", false)]
    [InlineData("<style>", false)]
    [InlineData("<iframe src=\"x\">", false)]
    [InlineData("<title>", false)]
    public void Tells_markup_from_text(string tag, bool isMarkup)
    {
        Assert.Equal(isMarkup, HtmlTags.IsMarkup(tag));
    }
}
