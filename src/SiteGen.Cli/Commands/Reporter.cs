using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary>The one place that prints diagnostics and summaries.</summary>
public static class Reporter
{
    public static void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format = DiagnosticFormat.Text)
    {
        var text = DiagnosticFormatter.FormatAll(diagnostics, format);
        (diagnostics.Any(d => d.IsError) ? Console.Error : Console.Out).Write(text);
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
    }
}
