using System.Collections.Concurrent;
using System.Collections.Immutable;
using Markdig;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.IO;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Stages;

namespace SiteGen.Core.Preview;

/// <summary>
/// The pages pipeline's process phase for a rebuild: every note of the input, taken from <see cref="ProcessedPages"/>
/// when its text is what it was, read and run through <see cref="SiteBuilder.PageStages"/> otherwise. Each page
/// processed gets its own diagnostics, so a reused page reports exactly what it reported when it was processed.
/// </summary>
public sealed class ProcessChangedPages(ProcessedPages cache, Func<DiagnosticBag, MarkdownPipeline> markdown) : IStage
{
    private readonly DocumentStage[] _stages = SiteBuilder.PageStages();

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var paths = context.Files.All.Where(PagePaths.IsMarkdown).ToArray();
        var current = new ConcurrentDictionary<string, ProcessedPage>(StringComparer.Ordinal);
        var processed = new ConcurrentBag<string>();
        var now = DateTime.UtcNow;
        Parallel.ForEach(paths, path =>
        {
            var page = Page(path, context, now, processed);
            if (page is not null)
            {
                current[path] = page;
                foreach (var diagnostic in page.Diagnostics)
                {
                    context.Diagnostics.Add(diagnostic);
                }
            }
        });
        cache.Replace(current, processed);
        return [.. documents, .. paths.Where(current.ContainsKey).Select(p => current[p].Document)];
    }

    private ProcessedPage? Page(string path, BuildContext context, DateTime now, ConcurrentBag<string> processed)
    {
        var file = new FileInfo(context.Files.FullPath(path));
        var known = cache.Find(path);
        if (known is not null && known.StampMatches(file))
        {
            return known;
        }

        string text;
        Utf8Problem? problem;
        try
        {
            text = TextFile.Read(file.FullName, out problem);
            file.Refresh();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error(path, 0, 0, DiagnosticCodes.FileUnreadable, $"cannot read the file: {e.Message}");
            return null;
        }

        if (known is not null && string.Equals(known.Text, text, StringComparison.Ordinal))
        {
            return known with { Size = file.Length, Ticks = file.LastWriteTimeUtc.Ticks, CheckedAt = now };
        }

        var diagnostics = new DiagnosticBag();
        var pageContext = new BuildContext(context.Options, context.Files, context.Theme, markdown(diagnostics), diagnostics);
        if (!ReadMarkdownFiles.IsText(path, problem, pageContext))
        {
            foreach (var diagnostic in diagnostics.Sorted())
            {
                context.Diagnostics.Add(diagnostic);
            }

            return null;
        }

        var document = DocumentRun.Through(_stages, Document.Create(path, PagePaths.OutputOf(path), text), pageContext);
        processed.Add(path);
        if (document is null)
        {
            // Not even an empty page could stand in for it: its diagnostics, uncached, and no page.
            foreach (var diagnostic in diagnostics.Sorted())
            {
                context.Diagnostics.Add(diagnostic);
            }

            return null;
        }

        return new ProcessedPage(text, file.Length, file.LastWriteTimeUtc.Ticks, now, document, diagnostics.Sorted());
    }
}
