using System.Text.Json.Serialization;

namespace SiteGen.Core.Quizzes;

/// <summary>One option of an exported question.</summary>
public sealed record QuizExportOption(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("html")] string Html,
    [property: JsonPropertyName("correct")] bool Correct);
