using Markdig.Syntax;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Markdown.Html;

namespace SiteGen.Core.Stages;

/// <summary>
/// Reports, with file and line, what the safe renderers take out of a page (<see cref="SafeHtmlFindings"/>): a URL
/// whose scheme is not http, https, mailto or none is an error (SG0209; a misspelt https is a warning, SG0207, and so
/// is an autolink of a scheme that runs no script, which the notes write as a placeholder: SG0401), an
/// attribute, style or element the sanitiser removes from raw HTML a warning (SG0403). Lessons come from strangers'
/// pull requests: an error fails the build and <c>check</c>, so such a preview is never published.
/// </summary>
public sealed class ReportRemovedHtml : DocumentStage
{
    protected override Document Process(Document document, BuildContext context)
    {
        var syntax = document.Get<MarkdownDocument>(DocumentKeys.Syntax);
        foreach (var finding in SafeHtmlFindings.Get(syntax))
        {
            Report(document, context, finding);
        }

        return document;
    }

    private static void Report(Document document, BuildContext context, SafeHtmlFinding finding)
    {
        var (line, column) = (finding.Line + 1, finding.Column + 1);
        var removal = finding.Removal;
        if (removal.UnsafeUrl is not { } url)
        {
            context.Warning(document.SourcePath, line, column, DiagnosticCodes.HtmlRemoved,
                $"raw HTML '{finding.Source}': removed its {removal.What}, which a lesson's HTML may not have",
                "lesson pages keep only markup: no scripts, event handlers, forms, frames or styles that load URLs");
            return;
        }

        var scheme = SafeUrl.SchemeOf(url) ?? "";
        var shown = url.Length > 60 ? url[..60] + "…" : url;
        if (removal.ShownAsText && !SafeUrl.RunsScript(scheme))
        {
            // <str:pet_id>, <AWS::EC2::Image::Id>: a placeholder CommonMark reads as an autolink.
            context.Warning(document.SourcePath, line, column, DiagnosticCodes.HtmlShownAsText,
                $"'<{shown}>' reads as a link with the scheme '{scheme}:', which a lesson may not link to; the site shows it as text",
                $"put it in backticks: `<{shown}>`");
            return;
        }

        if (SafeUrl.Misspelling(scheme) is { } meant)
        {
            context.Warning(document.SourcePath, line, column, DiagnosticCodes.MalformedUrl,
                $"link '{shown}' has an unknown scheme '{scheme}:'; the site shows its text without the link", $"did you mean '{meant}:'?");
            return;
        }

        context.Error(document.SourcePath, line, column, DiagnosticCodes.UnsafeUrl,
            $"{removal.What} '{shown}' has the scheme '{scheme}:', which a lesson may not link to; the site shows its text without the link",
            "link to an http, https or mailto URL, or to a file of the notes");
    }
}
