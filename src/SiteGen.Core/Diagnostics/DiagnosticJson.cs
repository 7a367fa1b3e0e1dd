using System.Text.Json.Serialization;

namespace SiteGen.Core.Diagnostics;

/// <summary>One diagnostic as <c>--format json</c> writes it; the README documents the fields.</summary>
public sealed record DiagnosticJson(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("hint")] string? Hint);
