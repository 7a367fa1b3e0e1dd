using System.Text.Json.Serialization;

namespace SiteGen.Core.Diagnostics;

/// <summary>A run's diagnostics as <c>--format json</c> writes them.</summary>
public sealed record DiagnosticsJson([property: JsonPropertyName("diagnostics")] IReadOnlyList<DiagnosticJson> Diagnostics);
