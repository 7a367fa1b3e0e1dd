using System.Collections.Concurrent;

namespace SiteGen.Core.Diagnostics;

/// <summary>Collects diagnostics from stages running in parallel; hands them back in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Warning(string path, int line, int column, string code, string message, string? hint = null, TextFix? fix = null) =>
        Add(new Diagnostic(path, line, column, DiagnosticSeverity.Warning, code, message, hint, fix));

    public void Error(string path, int line, int column, string code, string message, string? hint = null) =>
        Add(new Diagnostic(path, line, column, DiagnosticSeverity.Error, code, message, hint));

    public bool HasErrors => _items.Any(d => d.IsError);

    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
