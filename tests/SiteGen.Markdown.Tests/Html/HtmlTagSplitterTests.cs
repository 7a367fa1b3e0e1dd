using SiteGen.Markdown.Html;

namespace SiteGen.Markdown.Tests.Html;

public sealed class HtmlTagSplitterTests
{
    [Fact]
    public void Cuts_tags_from_the_text_between_them()
    {
        var pieces = HtmlTagSplitter.Split("a <b>bold</b> c").ToList();

        Assert.Equal([("a ", false), ("<b>", true), ("bold", false), ("</b>", true), (" c", false)], pieces);
    }

    [Fact]
    public void Keeps_a_comment_whole_even_with_tags_inside()
    {
        var pieces = HtmlTagSplitter.Split("<!-- <b> not a tag --> after").ToList();

        Assert.Equal([("<!-- <b> not a tag -->", true), (" after", false)], pieces);
    }

    [Fact]
    public void An_unclosed_angle_bracket_is_text()
    {
        var pieces = HtmlTagSplitter.Split("x < y and <b").ToList();

        Assert.Equal([("x < y and <b", false)], pieces);
    }

    [Fact]
    public void A_quoted_attribute_value_keeps_its_angle_brackets_in_the_tag()
    {
        var pieces = HtmlTagSplitter.Split("<div srcdoc=\"<script>x</script>\" title='a>b'>t</div>").ToList();

        Assert.Equal([("<div srcdoc=\"<script>x</script>\" title='a>b'>", true), ("t", false), ("</div>", true)], pieces);
    }

    [Fact]
    public void A_quote_that_opens_no_value_is_part_of_the_tag()
    {
        var pieces = HtmlTagSplitter.Split("<don't> <b>x</b>").ToList();

        Assert.Equal([("<don't>", true), (" ", false), ("<b>", true), ("x", false), ("</b>", true)], pieces);
    }

    [Fact]
    public void Joined_pieces_give_back_the_input()
    {
        const string html = "<div align=\"center\">\n  <img src=\"a.png\"> <region> text <!-- c --></div>";

        Assert.Equal(html, string.Concat(HtmlTagSplitter.Split(html).Select(p => p.Piece)));
    }

    [Theory]
    [InlineData("<img src=\"a.png\">", "img")]
    [InlineData("</details>", "details")]
    [InlineData("<account-id>", "account-id")]
    [InlineData("<!-- c -->", null)]
    [InlineData("<3 hearts>", null)]
    public void Names_the_element_of_a_tag(string tag, string? name)
    {
        Assert.Equal(name, HtmlTags.NameOf(tag));
    }
}
