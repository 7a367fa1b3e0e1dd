using SiteGen.Core.Text;

namespace SiteGen.Core.Tests.Text;

public sealed class HtmlTextTests
{
    [Fact]
    public void Keeps_the_words_of_an_explanation_without_its_markup()
    {
        var text = HtmlText.Of("<p>An <strong>instance profile</strong>\n grants &amp; rotates</p><ul><li>keys</li></ul>");

        Assert.Equal("An instance profile grants & rotates keys", text);
    }

    [Fact]
    public void An_empty_explanation_has_no_words()
    {
        Assert.Equal("", HtmlText.Of(""));
    }
}
