using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Pipelines;

/// <summary>
/// What a page's processing threw is a problem of that page (Markdig's nesting limit, or anything else one note
/// sets off), never SiteGen's whole run: an error SG0007 naming the page, with the reason, so the rest of the site is
/// still checked. With <c>SITEGEN_DEBUG=1</c> the hint carries the stack trace.
/// </summary>
public static class PageFailure
{
    public static void Report(string sourcePath, Exception exception, BuildContext context)
    {
        var deep = IsTooDeep(exception);
        var reason = deep
            ? "nested too deeply (more levels of brackets, emphasis, quotes or lists than the Markdown parser allows)"
            : $"{exception.GetType().Name}: {exception.Message}";
        var hint = Environment.GetEnvironmentVariable("SITEGEN_DEBUG") == "1"
            ? exception.ToString()
            : deep
                ? "break the nesting up; the page is not published until it is fixed"
                : "the page is not published until it is fixed; if the Markdown looks ordinary, run again with SITEGEN_DEBUG=1 and report the details";
        context.Error(sourcePath, 0, 0, DiagnosticCodes.PageFailed, $"page could not be processed: {reason}", hint);
    }

    /// <summary>Markdig's depth limit (an <see cref="ArgumentException"/> saying so) or a guard against a deep stack.</summary>
    private static bool IsTooDeep(Exception exception) =>
        exception is InsufficientExecutionStackException
        || exception.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase)
        || (exception.InnerException is { } inner && IsTooDeep(inner));
}
