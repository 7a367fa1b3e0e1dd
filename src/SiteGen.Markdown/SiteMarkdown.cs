using Markdig;
using SiteGen.Markdown.Headings;
using SiteGen.Markdown.Highlighting;
using SiteGen.Markdown.Html;

namespace SiteGen.Markdown;

/// <summary>The Markdown dialect of the notes: GitHub-flavoured, with unique heading ids, safe raw HTML and highlighted code.</summary>
public static class SiteMarkdown
{
    public static MarkdownPipelineBuilder UseSafeHtml(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<SafeHtmlExtension>();
        return builder;
    }

    public static MarkdownPipelineBuilder UseHighlighting(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<HighlightingExtension>();
        return builder;
    }

    /// <summary>Unique GitHub-style heading ids, as Markdig's auto identifiers give them, in linear time.</summary>
    public static MarkdownPipelineBuilder UseUniqueHeadingIds(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<UniqueHeadingIdExtension>();
        return builder;
    }

    public static MarkdownPipelineBuilder CreateBuilder() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseFootnotes()
            .UseUniqueHeadingIds()
            .UseSafeHtml()
            .UseHighlighting()
            .UsePreciseSourceLocation();
}
