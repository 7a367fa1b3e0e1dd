using SiteGen.Core.Search;

namespace SiteGen.Core.Tests.Search;

public sealed class HtmlSearchTextTests
{
    [Fact]
    public void Keeps_the_words_of_an_explanation_without_its_markup()
    {
        var text = HtmlSearchText.Of("<p>An <strong>instance profile</strong>\n grants &amp; rotates</p><ul><li>keys</li></ul>");

        Assert.Equal("An instance profile grants & rotates keys", text);
    }

    [Fact]
    public void An_empty_explanation_has_no_words()
    {
        Assert.Equal("", HtmlSearchText.Of(""));
    }
}
