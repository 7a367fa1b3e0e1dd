using SiteGen.Core.Pages;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Pages;

public sealed class PageDescriptionTests
{
    [Fact]
    public void Is_the_first_paragraph_with_text_as_a_reader_sees_it()
    {
        // Given a page whose first paragraph holds only an image, then text with markup
        using var site = new TestSite(("a.md", "# Title\n\n![](x.png)\n\nAmazon **S3** stores [objects](b.md).\n\nMore.\n"), ("b.md", "# B\n"));

        // When
        var info = site.PageInfos().Single(p => p.SourcePath == "a.md");

        // Then
        Assert.Equal("Amazon S3 stores objects.", info.Description);
    }

    [Fact]
    public void Is_empty_for_a_page_without_paragraphs()
    {
        using var site = new TestSite(("a.md", "# Title\n\n* one\n* two\n"));

        Assert.Equal("", site.PageInfos().Single().Description);
    }

    [Fact]
    public void Shortens_long_text_at_a_word_boundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 60));

        var shortened = PageDescription.Shorten(text, PageDescription.MaxLength);

        Assert.True(shortened.Length <= PageDescription.MaxLength);
        Assert.EndsWith("word…", shortened, StringComparison.Ordinal);
    }
}
