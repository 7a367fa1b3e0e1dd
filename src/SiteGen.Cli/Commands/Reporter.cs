using System.Diagnostics;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Fixing;
using SiteGen.Core.Preview;

namespace SiteGen.Cli.Commands;

/// <summary>The one place that prints diagnostics and summaries.</summary>
public static class Reporter
{
    public static void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format = DiagnosticFormat.Text)
    {
        var text = DiagnosticFormatter.FormatAll(diagnostics, format);
        // Annotations and JSON are read from standard output; canonical text with errors goes to standard error.
        (diagnostics.Any(d => d.IsError) && format == DiagnosticFormat.Text ? Console.Error : Console.Out).Write(text);
    }

    /// <summary>Each repair <c>check --fix</c> wrote, and each file it left alone and why; on standard error when standard output carries JSON.</summary>
    public static void Fixes(IReadOnlyList<AppliedFix> fixes, IReadOnlyList<SkippedFile> skipped, DiagnosticFormat format)
    {
        var writer = format == DiagnosticFormat.Json ? Console.Error : Console.Out;
        foreach (var fix in fixes)
        {
            writer.WriteLine(fix.ToString());
        }

        foreach (var file in skipped)
        {
            writer.WriteLine(file.ToString());
        }
    }

    /// <summary>What a check found, in one line; on standard error when standard output carries JSON.</summary>
    public static void CheckSummary(int pages, IReadOnlyList<Diagnostic> remaining, int fixes, DiagnosticFormat format)
    {
        var errors = remaining.Count(d => d.IsError);
        var written = fixes == 0 ? "nothing written" : $"{fixes} fixes written";
        (format == DiagnosticFormat.Json ? Console.Error : Console.Out).WriteLine(
            $"checked {pages} pages: {errors} errors, {remaining.Count - errors} warnings; {written}");
    }

    public static void Summary(BuildResult result, string output)
    {
        var verdict = result.Succeeded ? $"built {Path.GetRelativePath(Environment.CurrentDirectory, output)}" : "build failed, previous site left as it was";
        Console.Out.WriteLine(
            $"{verdict}: {result.Pages} pages, {result.Files} files, {result.Errors} errors, {result.Warnings} warnings in {result.Elapsed.TotalSeconds:0.00} s");
    }

    public static void Timings(BuildResult result)
    {
        foreach (var (stage, elapsed) in result.Timings)
        {
            Console.Out.WriteLine($"  {stage,-24} {elapsed.TotalMilliseconds,8:0.0} ms");
        }

        // What the garbage collector did: much of a build's time is memory, so a timing is read beside these.
        var memory = GC.GetGCMemoryInfo(GCKind.Any);
        Console.Out.WriteLine(
            $"  memory: {GC.GetTotalAllocatedBytes() / (1 << 20)} MB allocated, collections gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, " +
            $"GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, heap {memory.HeapSizeBytes / (1 << 20)} MB, committed {memory.TotalCommittedBytes / (1 << 20)} MB, " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MB");
    }

    /// <summary>One line per preview rebuild step: what it did, or that the last good version is still served.</summary>
    public static void Rebuild(RebuildResult result)
    {
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"rebuild failed: {result.Errors} errors, {result.Warnings} warnings; still serving the last good version");
            return;
        }

        if (result.Written.Count > 0 || result.ProcessedPages.Count > 0)
        {
            Console.Out.WriteLine(
                $"rebuilt in {result.Elapsed.TotalMilliseconds:0} ms: {result.ProcessedPages.Count} pages processed, {result.RenderedPages.Count} laid out, {result.Written.Count} files written, {result.Warnings} warnings");
        }
    }

    /// <summary>A problem that is not a diagnostic of the notes: <c>error: …</c> on the error stream.</summary>
    public static void Problem(string message) => Console.Error.WriteLine($"error: {message}");

    public static void Warning(string message) => Console.Error.WriteLine($"warning: {message}");
}
