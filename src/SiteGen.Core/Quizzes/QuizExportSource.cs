using System.Text.Json.Serialization;

namespace SiteGen.Core.Quizzes;

/// <summary>Where an exported question is written: its file relative to the input folder, its one-based line.</summary>
public sealed record QuizExportSource(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line);
