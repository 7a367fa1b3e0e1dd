using SiteGen.Markdown.Highlighting;

namespace SiteGen.Markdown.Tests.Highlighting;

/// <summary>The highlighter: tokens become hl-* spans, text stays escaped and whole.</summary>
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
    [InlineData("ts")]
    [InlineData("diff")]
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

    /// <summary>A sample of each language and spans its HTML must hold: <c>class|text</c>, the text as escaped HTML.</summary>
    public static TheoryData<string, string[], string[]> Samples => new()
    {
        {
            "python", ["from pets.models import Pet  # the model", "name = \"Mittens\"", "count = 42"],
            ["keyword|from", "keyword|import", "comment|# the model", "string|&quot;Mittens&quot;", "number|42"]
        },
        {
            "json", ["{", "  \"CustomerID\": 1050,", "  \"OrderDate\": \"22SEP2024\"", "}"],
            ["property|&quot;CustomerID&quot;", "number|1050", "string|&quot;22SEP2024&quot;"]
        },
        { "bash", ["# list the bucket", "aws s3 ls $BUCKET"], ["comment|# list the bucket", "variable|$BUCKET"] },
        {
            "yaml", ["option_settings:", "  aws:elasticbeanstalk:container:python:", "    WSGIPath: app.wsgi  # entry", "Value: !Ref Bucket", "Enabled: true"],
            ["property|option_settings", "property|aws:elasticbeanstalk:container:python", "comment|# entry", "type|!Ref", "literal|true"]
        },
        {
            "sql", ["SELECT name FROM pets where age > 2; -- old ones", "insert into t values ('it''s')"],
            ["keyword|SELECT", "keyword|where", "comment|-- old ones", "string|&#39;it&#39;&#39;s&#39;"]
        },
        {
            "html", ["<script>", "const a = 1; // one", "</script>", "<style>p { color: red; }</style>"],
            ["tag|script", "keyword|const", "comment|// one", "property|color"]
        },
        {
            "django", ["{% extends \"base.html\" %}", "<p>{{ product.name }}</p>"],
            ["keyword|extends", "string|&quot;base.html&quot;", "variable|{{ product.name }}", "tag|p"]
        },
        {
            "css", [".order td:nth-child(2) {", "  padding-left: 15px;", "  color: #f2f2f2 !important;", "}"],
            ["attr|.order", "tag|td", "property|padding-left", "number|15px", "number|#f2f2f2", "keyword|!important"]
        },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Tokens_get_their_classes(string language, string[] lines, string[] spans)
    {
        var html = Highlight(language, lines);

        Assert.All(spans, span => Assert.Contains($"<span class=\"hl-{span.Split('|')[0]}\">{span[(span.IndexOf('|') + 1)..]}</span>", html));
    }

    [Fact]
    public void Escapes_inside_strings_and_template_holes_are_their_own_tokens()
    {
        var html = Highlight("js", "const s = \"a\\nb\"; const t = `x ${y} z`;");

        Assert.Contains("<span class=\"hl-string\">&quot;a</span><span class=\"hl-escape\">\\n</span><span class=\"hl-string\">b&quot;</span>", html);
        Assert.Contains("<span class=\"hl-string\">`x </span>${y}<span class=\"hl-string\"> z`</span>", html);
    }

    [Fact]
    public void Jsx_is_read_by_the_javascript_grammar_tags_included()
    {
        var html = Highlight("jsx", "const App = () => <div className=\"app\">{name}</div>;");

        Assert.Equal(html, Highlight("javascript", "const App = () => <div className=\"app\">{name}</div>;"));
        Assert.Contains("<span class=\"hl-tag\">div</span>", html);
        Assert.Contains("<span class=\"hl-attr\">className</span>", html);
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

    [Fact]
    public void Shell_keywords_stay_inside_words_and_a_heredoc_is_one_string()
    {
        var html = Highlight("bash", "aws s3 sync . s3://b --source-region x", "for f in *.md; do echo \"$f\"; done", "cat <<EOF > out.txt", "if then", "EOF", "ls");
        var lines = html.Split('\n');

        Assert.DoesNotContain("hl-keyword", lines[0]);
        Assert.Contains("<span class=\"hl-keyword\">for</span>", lines[1]);
        Assert.Contains("<span class=\"hl-function\">echo</span>", lines[1]);
        Assert.Contains("<span class=\"hl-variable\">$f</span>", lines[1]);
        Assert.Equal("<span class=\"hl-string\">if then</span>", lines[3]);
        Assert.Equal("ls", lines[5]);
    }

    public static TheoryData<string> EveryName => [.. CodeLanguages.Names];

    /// <summary>
    /// Unclosed strings, comments, tags and template holes: each language must still finish (a runaway expression
    /// would be cut off by its timeout and leave the block plain) and keep every character.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryName))]
    public void Broken_samples_are_highlighted_whole_in_every_language(string language)
    {
        string[] lines =
        [
            "{ \"key\": \"never closed, 'nor this, `nor this ${ x",
            "<tag attr=\"open /* comment \\\" <!-- {% {{ {#  # -- @@",
            new string('a', 400) + " = " + string.Concat(Enumerable.Repeat("\"\\\"x", 150)),
            "- key: [1, 2, {a: b}]  SELECT 'x' from y  ; echo $HOME",
        ];

        var html = Highlight(language, lines);

        Assert.Contains("<span class=\"hl-", html);
        Assert.Equal(string.Join("\n", lines), System.Net.WebUtility.HtmlDecode(StripTags(html)));
    }

    private static string StripTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "");
}
