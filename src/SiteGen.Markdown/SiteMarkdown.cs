using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using SiteGen.Markdown.Html;

namespace SiteGen.Markdown;

/// <summary>The Markdown dialect of the notes: GitHub-flavoured, with unique heading ids and safe raw HTML.</summary>
public static class SiteMarkdown
{
    public static MarkdownPipelineBuilder UseSafeHtml(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<SafeHtmlExtension>();
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
            .UsePreciseSourceLocation();
}
