using Markdig;
using Markdig.Syntax;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>Plain text of paragraphs as the recogniser reads it, and its bounded shortcuts.</summary>
public sealed class QuizTextTests
{
    private static ParagraphBlock Paragraph(string markdown) =>
        Markdig.Markdown.Parse(markdown, SiteMarkdown.CreateBuilder().Build()).Descendants<ParagraphBlock>().First();

    [Theory]
    [InlineData("The other options are incorrect because…", true)]
    [InlineData("**The other** options\n   are  INCORRECT, since", true)]
    [InlineData("  The other options are incorrect", true)]
    [InlineData("The other options are", false)]
    [InlineData("The other option is incorrect", false)]
    [InlineData("Theother options are incorrect", false)]
    [InlineData("The other options are incorrectly drawn", true)]
    public void StartsWith_agrees_with_the_whole_text(string markdown, bool expected)
    {
        var paragraph = Paragraph(markdown);
        const string prefix = "The other options are incorrect";

        Assert.Equal(expected, QuizText.StartsWith(paragraph, prefix));
        Assert.Equal(QuizText.Of(paragraph).StartsWith(prefix, StringComparison.OrdinalIgnoreCase), QuizText.StartsWith(paragraph, prefix));
    }

    [Fact]
    public void LastLine_is_the_text_after_the_last_line_break()
    {
        var paragraph = Paragraph("Pick one of these.\n**Wrong** answers:");

        Assert.Equal("Wrong answers:", QuizText.LastLine(paragraph, 64));
    }

    [Fact]
    public void LastLine_gives_up_on_a_line_longer_than_asked()
    {
        var paragraph = Paragraph("Short first line\n" + string.Concat(Enumerable.Repeat("a long *last* line ", 10)));

        Assert.Null(QuizText.LastLine(paragraph, 64));
        Assert.NotNull(QuizText.LastLine(paragraph, 1000));
    }
}
