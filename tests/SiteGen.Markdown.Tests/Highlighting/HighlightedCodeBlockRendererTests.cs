using Markdig;

namespace SiteGen.Markdown.Tests.Highlighting;

/// <summary>Code blocks as the site renders them: highlighted where a grammar exists, each with a hidden copy button.</summary>
public sealed class HighlightedCodeBlockRendererTests
{
    private static readonly MarkdownPipeline Pipeline = SiteMarkdown.CreateBuilder().Build();

    private static string Render(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    [Fact]
    public void A_fence_with_a_known_language_is_highlighted_inside_a_code_block_with_a_hidden_copy_button()
    {
        var html = Render("```python\nimport boto3\n```\n");

        Assert.Equal(
            "<div class=\"code-block\">\n<pre><code class=\"language-python\"><span class=\"hl-keyword\">import</span> boto3\n</code></pre>\n"
            + "<button type=\"button\" class=\"copy-button\" aria-label=\"Copy code\" hidden>Copy</button></div>\n",
            html);
    }

    [Theory]
    [InlineData("```text\n<b>as written</b>\n```\n", "<pre><code class=\"language-text\">&lt;b&gt;as written&lt;/b&gt;\n</code></pre>")]
    [InlineData("```\nplain & simple\n```\n", "<pre><code>plain &amp; simple\n</code></pre>")]
    [InlineData("Text\n\n    indented code\n", "<pre><code>indented code\n</code></pre>")]
    public void Other_code_blocks_render_as_Markdig_does_inside_the_same_wrapper(string markdown, string expected)
    {
        var html = Render(markdown);

        Assert.Contains("<div class=\"code-block\">\n" + expected, html);
        Assert.Contains("class=\"copy-button\" aria-label=\"Copy code\" hidden>", html);
    }

    [Fact]
    public void An_unclosed_fence_is_still_highlighted_to_the_end_of_the_page()
    {
        var html = Render("```bash\necho hi\n");

        Assert.Contains("<code class=\"language-bash\">", html);
        Assert.Contains("</code></pre>", html);
    }

    [Fact]
    public void Highlighting_never_lets_markup_in_code_through()
    {
        var html = Render("```html\n<script>alert(1)</script>\n<iframe src=\"x\"></iframe>\n```\n");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.Contains("&lt;", html);
    }

    [Fact]
    public void Setting_the_extension_up_twice_keeps_one_wrapper()
    {
        var pipeline = SiteMarkdown.CreateBuilder().UseHighlighting().Build();

        var html = Markdig.Markdown.ToHtml("```py\nx = 1\n```\n", pipeline);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "code-block"));
    }
}
