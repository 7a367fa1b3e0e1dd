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
    public void Yaml_keys_are_properties_even_with_colons_inside_and_tags_are_types()
    {
        var html = Highlight("yaml", "option_settings:", "  aws:elasticbeanstalk:container:python:", "    WSGIPath: app.wsgi  # entry", "Value: !Ref Bucket", "Enabled: true");

        Assert.Contains("<span class=\"hl-property\">option_settings</span>", html);
        Assert.Contains("<span class=\"hl-property\">aws:elasticbeanstalk:container:python</span>", html);
        Assert.Contains("<span class=\"hl-comment\"># entry</span>", html);
        Assert.Contains("<span class=\"hl-type\">!Ref</span>", html);
        Assert.Contains("<span class=\"hl-literal\">true</span>", html);
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

    [Fact]
    public void Sql_keywords_are_found_in_any_case()
    {
        var html = Highlight("sql", "SELECT name FROM pets where age > 2; -- old ones", "insert into t values ('it''s')");

        Assert.Contains("<span class=\"hl-keyword\">SELECT</span>", html);
        Assert.Contains("<span class=\"hl-keyword\">where</span>", html);
        Assert.Contains("<span class=\"hl-comment\">-- old ones</span>", html);
        Assert.Contains("<span class=\"hl-string\">&#39;it&#39;&#39;s&#39;</span>", html);
    }

    [Fact]
    public void Escapes_inside_strings_and_template_holes_are_their_own_tokens()
    {
        var html = Highlight("js", "const s = \"a\\nb\"; const t = `x ${y} z`;");

        Assert.Contains("<span class=\"hl-string\">&quot;a</span><span class=\"hl-escape\">\\n</span><span class=\"hl-string\">b&quot;</span>", html);
        Assert.Contains("<span class=\"hl-string\">`x </span>${y}<span class=\"hl-string\"> z`</span>", html);
    }

    [Fact]
    public void A_script_element_is_read_as_javascript_and_a_style_element_as_css()
    {
        var html = Highlight("html", "<script>", "const a = 1; // one", "</script>", "<style>p { color: red; }</style>");

        Assert.Contains("<span class=\"hl-keyword\">const</span>", html);
        Assert.Contains("<span class=\"hl-comment\">// one</span>", html);
        Assert.Contains("<span class=\"hl-property\">color</span>", html);
    }

    [Fact]
    public void Django_template_tags_and_variables_are_marked_around_html()
    {
        var html = Highlight("django", "{% extends \"base.html\" %}", "<p>{{ product.name }}</p>");

        Assert.Contains("<span class=\"hl-keyword\">extends</span>", html);
        Assert.Contains("<span class=\"hl-string\">&quot;base.html&quot;</span>", html);
        Assert.Contains("<span class=\"hl-variable\">{{ product.name }}</span>", html);
        Assert.Contains("<span class=\"hl-tag\">p</span>", html);
    }

    [Fact]
    public void Css_selectors_properties_and_values_get_their_classes()
    {
        var html = Highlight("css", ".order td:nth-child(2) {", "  padding-left: 15px;", "  color: #f2f2f2 !important;", "}");

        Assert.Contains("<span class=\"hl-attr\">.order</span>", html);
        Assert.Contains("<span class=\"hl-tag\">td</span>", html);
        Assert.Contains("<span class=\"hl-property\">padding-left</span>", html);
        Assert.Contains("<span class=\"hl-number\">15px</span>", html);
        Assert.Contains("<span class=\"hl-number\">#f2f2f2</span>", html);
        Assert.Contains("<span class=\"hl-keyword\">!important</span>", html);
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
