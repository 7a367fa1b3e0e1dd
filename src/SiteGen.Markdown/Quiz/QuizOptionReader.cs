using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>Turns list items and fenced code blocks into <see cref="QuizOption"/>s.</summary>
internal static class QuizOptionReader
{
    public static QuizOption FromItem(ListItemBlock item, bool correct)
    {
        var blocks = Unwrap(item);
        if (blocks is [HeadingBlock heading])
        {
            // "* #" parses as an empty heading; the reader wrote a '#'.
            var text = (new string('#', heading.Level) + " " + QuizText.Of(heading)).Trim();
            return new QuizOption(text, System.Net.WebUtility.HtmlEncode(text), correct);
        }

        return new QuizOption(QuizText.OfAll(blocks), QuizHtml.Option(blocks), correct);
    }

    public static QuizOption FromFence(FencedCodeBlock fence, bool correct) =>
        new(fence.Lines.ToString().Trim('\n'), QuizHtml.Blocks([fence]).Trim(), correct);

    /// <summary>"* * text" is a nested list of one item: take the inner item's content.</summary>
    private static List<Block> Unwrap(ListItemBlock item) =>
        item is [ListBlock { Count: 1 } inner] ? Unwrap((ListItemBlock)inner[0]) : [.. item];
}
