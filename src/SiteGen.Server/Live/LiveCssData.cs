using System.Text.Json.Serialization;

namespace SiteGen.Server.Live;

/// <summary>A <c>css</c> event's data: the stylesheets' new paths.</summary>
public sealed record LiveCssData([property: JsonPropertyName("stylesheets")] IReadOnlyList<string> Stylesheets);
