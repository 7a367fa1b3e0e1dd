using System.Diagnostics;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>
/// One document through a run of <see cref="DocumentStage"/>s, each in turn. A stage that throws is a problem of that
/// document (<see cref="PageFailure"/>): it is reported, and the document replaced by the same run over an empty text,
/// so later stages, which see every page, find it with all they expect; null when even that fails.
/// </summary>
public static class DocumentRun
{
    /// <param name="ticks">When given, each stage's time is added to its slot.</param>
    public static Document? Through(IReadOnlyList<DocumentStage> stages, Document document, BuildContext context, long[]? ticks = null)
    {
        try
        {
            return Run(stages, document, context, ticks);
        }
        catch (Exception e)
        {
            PageFailure.Report(document.SourcePath, e, context);
        }

        try
        {
            // Its diagnostics are not the page's: only the failure is.
            var quiet = new BuildContext(context.Options, context.Files, context.Theme, context.Markdown, new DiagnosticBag());
            return Run(stages, document.WithContent(""), quiet, null);
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static Document Run(IReadOnlyList<DocumentStage> stages, Document document, BuildContext context, long[]? ticks)
    {
        for (var s = 0; s < stages.Count; s++)
        {
            var started = Stopwatch.GetTimestamp();
            document = stages[s].ProcessOne(document, context);
            if (ticks is not null)
            {
                Interlocked.Add(ref ticks[s], Stopwatch.GetTimestamp() - started);
            }
        }

        return document;
    }
}
