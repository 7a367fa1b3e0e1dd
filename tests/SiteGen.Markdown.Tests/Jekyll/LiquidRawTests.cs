using SiteGen.Markdown.Jekyll;

namespace SiteGen.Markdown.Tests.Jekyll;

public sealed class LiquidRawTests
{
    [Fact]
    public void Keeps_every_line_and_names_the_lines_that_held_only_a_tag()
    {
        var tagLines = new List<int>();

        var text = LiquidRaw.Remove("a\n  {% raw %}\r\n{{ x }}\n{%- endraw -%}\nb {% raw %}{% if %}{% endraw %} c\n", tagLines);

        Assert.Equal("a\n\r\n{{ x }}\n\nb {% if %} c\n", text);
        Assert.Equal([2, 4], tagLines);
    }

    [Fact]
    public void Text_without_raw_tags_is_returned_as_it_is()
    {
        const string text = "{% if x %}{{ y }}{% endif %} and {% raw";

        Assert.Same(text, LiquidRaw.Remove(text, new List<int>()));
    }

    [Fact]
    public void A_raw_tag_never_closed_stays_as_written()
    {
        Assert.Equal("{% raw %} {{ x }}", LiquidRaw.Remove("{% raw %} {{ x }}", new List<int>()));
    }

    [Fact]
    public void Many_tags_on_one_line_take_one_pass()
    {
        // Given 100,000 raw pairs on one line (quadratic work would take minutes)
        var text = string.Concat(Enumerable.Repeat("{% raw %}{{ x }}{% endraw %} ", 100_000));

        // When
        var result = LiquidRaw.Remove(text, new List<int>());

        // Then
        Assert.Equal(string.Concat(Enumerable.Repeat("{{ x }} ", 100_000)), result);
    }
}
