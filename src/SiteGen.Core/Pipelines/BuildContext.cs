using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Markdig;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.IO;
using SiteGen.Core.Templating;

namespace SiteGen.Core.Pipelines;

/// <summary>What every stage of one build shares: options, the input's file list, the theme, diagnostics.</summary>
public sealed class BuildContext(
    SiteOptions options, InputFiles files, Theme theme, MarkdownPipeline markdown, DiagnosticBag diagnostics)
{
    public MarkdownPipeline Markdown { get; } = markdown;

    public SiteOptions Options { get; } = options;

    public InputFiles Files { get; } = files;

    public Theme Theme { get; } = theme;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Each pipeline's documents after its latest phase, by pipeline name.</summary>
    public ConcurrentDictionary<string, ImmutableArray<Document>> Outputs { get; } = new();

    /// <summary>
    /// Where a build writes its files (its staging folder); null when nothing is written: a check, or the preview's
    /// rebuilds, which keep the site in memory and sync a folder of their own.
    /// </summary>
    public SiteWriter? Output { get; set; }

    /// <summary>How long each stage took, in the order they ran: where a build's time goes.</summary>
    public ConcurrentQueue<(string Stage, TimeSpan Elapsed)> Timings { get; } = new();

    /// <summary>
    /// <paramref name="document"/> with <paramref name="utf8"/> as its content. With an <see cref="Output"/> the bytes go
    /// to the document's file at once and the document is marked <see cref="DocumentKeys.Written"/> with no content,
    /// so the largest outputs (pages) are never held as strings until the output phase; otherwise it holds the text.
    /// </summary>
    public Document Finish(Document document, ReadOnlySpan<byte> utf8)
    {
        if (Output is not { } output)
        {
            return document.WithContent(Encoding.UTF8.GetString(utf8));
        }

        try
        {
            output.Write(document.DestinationPath, utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CannotWrite(document, e);
        }

        return document.WithContent("").With(DocumentKeys.Written, true);
    }

    /// <summary>Reports a file of the output that could not be written.</summary>
    public void CannotWrite(Document document, Exception e) =>
        Error(document.SourcePath, 0, 0, DiagnosticCodes.OutputWriteFailed, $"cannot write '{document.DestinationPath}': {e.Message}");

    /// <summary>The path a diagnostic shows for a file of the input.</summary>
    public string DisplayPath(string relativePath) =>
        Options.DisplayInput.Length == 0 ? relativePath : $"{Options.DisplayInput}/{relativePath}";

    /// <summary>Reports a warning; <paramref name="fix"/> replaces its first text with its second on that line (<c>check --fix</c>).</summary>
    public void Warning(
        string relativePath, int line, int column, string code, string message, string? hint = null, (string Find, string Replace)? fix = null) =>
        Diagnostics.Warning(DisplayPath(relativePath), line, column, code, message, hint,
            fix is var (find, replace) ? new TextFix(relativePath, line, find, replace) : null);

    public void Error(string relativePath, int line, int column, string code, string message, string? hint = null) =>
        Diagnostics.Error(DisplayPath(relativePath), line, column, code, message, hint);
}
