using System.Text.Json.Serialization;

namespace SiteGen.Core.Diagnostics;

/// <summary>Serialisation code for the JSON diagnostics, generated at compile time (no reflection, AOT-safe).</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(DiagnosticJson))]
[JsonSerializable(typeof(DiagnosticsJson))]
internal sealed partial class DiagnosticJsonContext : JsonSerializerContext;
