namespace SiteGen.Core.Diagnostics;

/// <summary>
/// A problem found in the input, with a one-based position. <see cref="Path"/> is as the user would type it
/// (the input folder as given, then the file's path inside it), so editors and CI can jump to it.
/// <see cref="Fix"/> is the repair <c>sitegen check --fix</c> may apply, when one is safe.
/// </summary>
public sealed record Diagnostic(
    string Path,
    int Line,
    int Column,
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    string? Hint = null,
    TextFix? Fix = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The MSBuild canonical form: <c>path(line,col): warning SG0201: message</c>.</summary>
    public override string ToString()
    {
        var position = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : "";
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : $" ({Hint})";
        return $"{Path}{position}: {severity} {Code}: {Message}{hint}";
    }
}
