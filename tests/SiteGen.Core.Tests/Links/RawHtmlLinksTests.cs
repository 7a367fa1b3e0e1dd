using SiteGen.Core.Links;

namespace SiteGen.Core.Tests.Links;

public sealed class RawHtmlLinksTests
{
    private static string Rewrite(string html) =>
        RawHtmlLinks.Rewrite(html, url => url.Replace(".md", ".html", StringComparison.Ordinal) switch
        {
            "img" => "img/index.html",
            var other => other,
        });

    [Fact]
    public void Rewrites_src_and_href_of_markup_tags()
    {
        Assert.Equal("<p><a href=\"W02.html#x\">two</a> <img src=\"a.png\"></p>", Rewrite("<p><a href=\"W02.md#x\">two</a> <img src=\"a.png\"></p>"));
    }

    [Fact]
    public void Rewrites_only_the_attribute_value_not_the_same_text_elsewhere_in_the_tag()
    {
        // Given a short URL that also spells the tag name, and a title that repeats the URL
        Assert.Equal("<img src=\"img/index.html\" alt=\"img\">", Rewrite("<img src=\"img\" alt=\"img\">"));
        Assert.Equal("<a href=\"W02.html\" title=\"see W02.md\">", Rewrite("<a href=\"W02.md\" title=\"see W02.md\">"));
    }

    [Theory]
    [InlineData("<a href='W02.md'>", "<a href=\"W02.html\">")]
    [InlineData("<a href=W02.md>", "<a href=\"W02.html\">")]
    [InlineData("<a href=\"W02.md?a=1&amp;b=2\">", "<a href=\"W02.html?a=1&amp;b=2\">")]
    public void Rewrites_any_quoting_and_entity_encoded_values(string tag, string expected)
    {
        Assert.Equal(expected, Rewrite(tag));
    }

    [Theory]
    [InlineData("<region href=\"W02.md\">")]
    [InlineData("text W02.md src=\"W02.md\" only")]
    [InlineData("<a href=\"{{ url }}\">")]
    [InlineData("<img data-src=\"W02.md\">")]
    public void Leaves_text_unknown_tags_and_template_values_alone(string html)
    {
        Assert.Equal(html, Rewrite(html));
    }
}
