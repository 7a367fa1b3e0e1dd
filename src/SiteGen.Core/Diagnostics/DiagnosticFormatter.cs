using System.Text.Json;

namespace SiteGen.Core.Diagnostics;

/// <summary>Writes diagnostics as canonical text, GitHub Actions annotations or JSON.</summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic, DiagnosticFormat format) => format switch
    {
        DiagnosticFormat.GitHub => GitHub(diagnostic),
        DiagnosticFormat.Json => JsonSerializer.Serialize(ToJson(diagnostic), DiagnosticJsonContext.Default.DiagnosticJson),
        _ => diagnostic.ToString(),
    };

    public static string FormatAll(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format) =>
        format == DiagnosticFormat.Json
            ? JsonSerializer.Serialize(new DiagnosticsJson([.. diagnostics.Select(ToJson)]), DiagnosticJsonContext.Default.DiagnosticsJson) + "\n"
            : string.Concat(diagnostics.Select(d => Format(d, format) + "\n"));

    private static string GitHub(Diagnostic d)
    {
        var kind = d.IsError ? "error" : "warning";
        var position = d.Line > 0 ? $",line={d.Line},col={Math.Max(d.Column, 1)}" : "";
        var message = Escape(d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})");
        return $"::{kind} file={EscapeProperty(d.Path)}{position},title={d.Code}::{message}";
    }

    private static string Escape(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string value) =>
        Escape(value).Replace(":", "%3A").Replace(",", "%2C");

    private static DiagnosticJson ToJson(Diagnostic d) =>
        new(d.Path, d.Line, d.Column, d.IsError ? "error" : "warning", d.Code, d.Message, d.Hint);
}
