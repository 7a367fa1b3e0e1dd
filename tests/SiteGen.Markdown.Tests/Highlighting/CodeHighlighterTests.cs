using SiteGen.Markdown.Highlighting;

namespace SiteGen.Markdown.Tests.Highlighting;

/// <summary>The TextMate-based highlighter: tokens become hl-* spans, text stays escaped and whole.</summary>
public sealed class CodeHighlighterTests
{
    private static readonly CodeHighlighter Highlighter = CodeHighlighter.Shared;

    private static string Highlight(string language, params string[] lines) =>
        Highlighter.Highlight(language, lines) ?? throw new InvalidOperationException($"no grammar for {language}");

    [Theory]
    [InlineData("python")]
    [InlineData("py")]
    [InlineData("json")]
    [InlineData("bash")]
    [InlineData("shell")]
    [InlineData("sh")]
    [InlineData("yaml")]
    [InlineData("yml")]
    [InlineData("sql")]
    [InlineData("js")]
    [InlineData("javascript")]
    [InlineData("jsx")]
    [InlineData("html")]
    [InlineData("xml")]
    [InlineData("css")]
    [InlineData("django")]
    [InlineData("Python")]
    public void Knows_the_languages_the_notes_use(string language)
    {
        Assert.True(Highlighter.Knows(language));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("uml")]
    [InlineData("no-such-language")]
    public void Has_no_grammar_for_plain_text_or_unknown_names(string language)
    {
        Assert.False(Highlighter.Knows(language));
        Assert.Null(Highlighter.Highlight(language, ["anything"]));
    }

    [Fact]
    public void Python_keywords_strings_and_comments_get_their_classes()
    {
        var html = Highlight("python", "from pets.models import Pet  # the model", "name = \"Mittens\"", "count = 42");

        Assert.Contains("<span class=\"hl-keyword\">from</span>", html);
        Assert.Contains("<span class=\"hl-keyword\">import</span>", html);
        Assert.Contains("<span class=\"hl-comment\"># the model</span>", html);
        Assert.Contains("<span class=\"hl-string\">&quot;Mittens&quot;</span>", html);
        Assert.Contains("<span class=\"hl-number\">42</span>", html);
    }

    [Fact]
    public void Json_keys_are_properties_and_values_strings_or_numbers()
    {
        var html = Highlight("json", "{", "  \"CustomerID\": 1050,", "  \"OrderDate\": \"22SEP2024\"", "}");

        Assert.Contains("<span class=\"hl-property\">&quot;CustomerID&quot;</span>", html);
        Assert.Contains("<span class=\"hl-number\">1050</span>", html);
        Assert.Contains("<span class=\"hl-string\">&quot;22SEP2024&quot;</span>", html);
    }

    [Fact]
    public void Shell_variables_and_comments_are_marked()
    {
        var html = Highlight("bash", "# list the bucket", "aws s3 ls $BUCKET");

        Assert.Contains("<span class=\"hl-comment\"># list the bucket</span>", html);
        Assert.Contains("<span class=\"hl-variable\">$BUCKET</span>", html);
    }

    [Fact]
    public void Markup_in_code_is_escaped_and_every_character_is_kept()
    {
        string[] lines = ["<script src=\"a.js\"></script>", "<p class='x'>A & B</p>"];

        var html = Highlight("html", lines);

        Assert.DoesNotContain("<script", html);
        Assert.Contains("<span class=\"hl-tag\">script</span>", html);
        Assert.Equal(string.Join("\n", lines), System.Net.WebUtility.HtmlDecode(StripTags(html)));
    }

    [Fact]
    public void A_line_over_the_limit_is_written_plain_and_the_next_line_is_still_highlighted()
    {
        var longLine = "{'Reservations': [" + string.Concat(Enumerable.Repeat("{'Groups': [], 'ImageId': 'ami-0'}, ", 60)) + "]}";
        Assert.True(longLine.Length > CodeHighlighter.MaxLineLength);

        var html = Highlight("json", longLine, "{ \"next\": 1 }");
        var lines = html.Split('\n');

        Assert.Equal(System.Net.WebUtility.HtmlEncode(longLine), lines[0]);
        Assert.Contains("<span class=\"hl-property\">&quot;next&quot;</span>", lines[1]);
    }

    [Fact]
    public void Multi_line_constructs_carry_their_state_across_lines()
    {
        var html = Highlight("python", "text = \"\"\"first", "second line\"\"\"", "x = 1");
        var lines = html.Split('\n');

        Assert.StartsWith("<span class=\"hl-string\">second line", lines[1]);
        Assert.DoesNotContain("hl-string", lines[2]);
    }

    [Fact]
    public void Highlighting_is_deterministic_and_safe_from_many_threads()
    {
        string[] code = ["def greet(name):", "    return f\"Hello {name}\"", "print(greet('you'))"];
        var expected = Highlight("python", code);

        var results = new string?[64];
        Parallel.For(0, results.Length, i => results[i] = Highlighter.Highlight(i % 2 == 0 ? "python" : "py", code));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static string StripTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "");
}
