using System.Text.Json.Serialization;

namespace SiteGen.Server.Live;

/// <summary>An <c>errors</c> event's data: the diagnostics of a failed rebuild.</summary>
public sealed record LiveErrorsData([property: JsonPropertyName("diagnostics")] IReadOnlyList<LiveDiagnostic> Diagnostics);
