using System.Text.Json.Serialization;

namespace SiteGen.Server.Live;

/// <summary>One diagnostic of an <c>errors</c> event, with its canonical <c>file(line,col): …</c> text.</summary>
public sealed record LiveDiagnostic(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("text")] string Text);
