using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.IO;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Stages;

/// <summary>Reads every Markdown file of the input into a document bound for its page.</summary>
public sealed class ReadMarkdownFiles : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var paths = context.Files.All.Where(PagePaths.IsMarkdown).ToArray();
        var read = new Document?[paths.Length];
        Parallel.For(0, paths.Length, i =>
        {
            try
            {
                var text = TextFile.Read(context.Files.FullPath(paths[i]));
                read[i] = Document.Create(paths[i], PagePaths.OutputOf(paths[i]), text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error(paths[i], 0, 0, DiagnosticCodes.FileUnreadable, $"cannot read the file: {e.Message}");
            }
        });
        return [.. documents, .. read.OfType<Document>()];
    }
}
