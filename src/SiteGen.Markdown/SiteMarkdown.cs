using Markdig;
using Markdig.Extensions.AutoIdentifiers;
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

    public static MarkdownPipelineBuilder CreateBuilder() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseSafeHtml()
            .UseHighlighting()
            .UsePreciseSourceLocation();
}
