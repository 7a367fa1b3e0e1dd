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
                var text = TextFile.Read(context.Files.FullPath(paths[i]), out var problem);
                if (IsText(paths[i], problem, context))
                {
                    read[i] = Document.Create(paths[i], PagePaths.OutputOf(paths[i]), text);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error(paths[i], 0, 0, DiagnosticCodes.FileUnreadable, $"cannot read the file: {e.Message}");
            }
        });
        return [.. documents, .. read.OfType<Document>()];
    }

    /// <summary>
    /// Reports a note whose bytes are not UTF-8 text (SG0102, at the first bad byte); false when it is binary (it holds a
    /// NUL byte, as a PNG renamed <c>.md</c> does), which makes no page: its text would be garbage. A note that is
    /// text but not UTF-8 (Windows-1252, say) still makes its page, the bad bytes shown as U+FFFD.
    /// </summary>
    public static bool IsText(string path, Utf8Problem? problem, BuildContext context)
    {
        if (problem is null)
        {
            return true;
        }

        var message = problem.IsBinary
            ? $"not a text file: the byte at offset {problem.Offset} is not UTF-8 text and the file holds NUL bytes; no page is made from it"
            : $"not valid UTF-8: the first bad byte is at offset {problem.Offset}; each bad byte shows as the replacement character U+FFFD on the page";
        context.Warning(path, problem.Line, problem.Column, DiagnosticCodes.InvalidUtf8, message,
            problem.IsBinary ? "rename it if it is not a note, or save it as UTF-8 text" : "save the file as UTF-8");
        return !problem.IsBinary;
    }
}
