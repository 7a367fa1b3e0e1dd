using Markdig;
using Markdig.Extensions.Tables;
using SiteGen.Markdown.Gfm;
using SiteGen.Markdown.Headings;
using SiteGen.Markdown.Highlighting;
using SiteGen.Markdown.Jekyll;
using SiteGen.Markdown.Html;

namespace SiteGen.Markdown;

/// <summary>
/// The Markdown dialect of the notes: GitHub's (tables, strikethrough, extended autolinks, task lists, footnotes,
/// alerts — and no other emphasis extras), with unique heading ids, safe raw HTML and highlighted code.
/// tests/SiteGen.Markdown.Tests/Gfm measures it against GitHub's spec.
/// </summary>
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

    /// <summary>Strikethrough with one or two tildes, GitHub's only extra emphasis.</summary>
    public static MarkdownPipelineBuilder UseStrikethrough(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<StrikethroughExtension>();
        return builder;
    }

    /// <summary>www, URL and email autolinks as GitHub's spec says.</summary>
    public static MarkdownPipelineBuilder UseExtendedAutoLinks(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<ExtendedAutoLinkExtension>();
        return builder;
    }

    /// <summary>Pipe escapes in code spans of cells and <c>align</c> attributes, as GitHub renders tables.</summary>
    public static MarkdownPipelineBuilder UseGitHubTables(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<GitHubTablesExtension>();
        return builder;
    }

    /// <summary>GitHub's five alert kinds only, each a <c>role="note"</c>; after <c>UseAlertBlocks</c>.</summary>
    public static MarkdownPipelineBuilder UseGitHubAlerts(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<GitHubAlertsExtension>();
        return builder;
    }

    /// <summary>An <c>&lt;img&gt;</c> whose <c>src</c> holds <c>{%</c> or <c>{{</c> is shown as text.</summary>
    public static MarkdownPipelineBuilder UseTemplateImagesAsText(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<TemplateImageExtension>();
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
            .UsePipeTables(new PipeTableOptions { UseHeaderForColumnCount = true })
            .UseGitHubTables()
            .UseExtendedAutoLinks()
            .UseStrikethrough()
            .UseTaskLists()
            .UseFootnotes()
            .UseAlertBlocks()
            .UseGitHubAlerts()
            .UseTemplateImagesAsText()
            .UseUniqueHeadingIds()
            .UseSafeHtml()
            .UseHighlighting()
            .UsePreciseSourceLocation();
}
