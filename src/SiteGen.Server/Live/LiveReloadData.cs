using System.Text.Json.Serialization;

namespace SiteGen.Server.Live;

/// <summary>A <c>reload</c> event's data: the site paths that changed.</summary>
public sealed record LiveReloadData([property: JsonPropertyName("paths")] IReadOnlyList<string> Paths);
