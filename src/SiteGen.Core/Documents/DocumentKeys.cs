namespace SiteGen.Core.Documents;

/// <summary>Metadata keys shared between stages.</summary>
public static class DocumentKeys
{
    /// <summary><see cref="Pages.PageInfo"/>: what the page parse learnt (title, outline, links).</summary>
    public const string Page = "page";

    /// <summary>The parsed Markdig document, kept only between the process stages of one page.</summary>
    public const string Syntax = "syntax";

    /// <summary><see cref="Navigation.PageNavigation"/>: breadcrumbs, sidebar, previous/next of a page.</summary>
    public const string Navigation = "navigation";

    /// <summary>Absolute path of a file to copy as it is (assets); such documents have no content.</summary>
    public const string CopyFrom = "copy-from";

    /// <summary><c>true</c> on a document its stage already wrote to the build's output (<see cref="Pipelines.BuildContext.Finish"/>); it holds no content.</summary>
    public const string Written = "written";

    /// <summary><c>IReadOnlyList&lt;QuizQuestion&gt;</c>: the page's recognised quiz questions, in source order (maybe empty).</summary>
    public const string Quizzes = "quizzes";

    /// <summary><c>List&lt;int&gt;</c>: 1-based lines of a note that held only a <c>{% raw %}</c> or <c>{% endraw %}</c> tag.</summary>
    public const string LiquidTagLines = "liquid-tag-lines";
}
