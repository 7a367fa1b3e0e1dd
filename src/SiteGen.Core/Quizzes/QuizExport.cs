using System.Text.Json.Serialization;

namespace SiteGen.Core.Quizzes;

/// <summary>The root of <c>quizzes.json</c>.</summary>
public sealed record QuizExport([property: JsonPropertyName("questions")] IReadOnlyList<QuizExportQuestion> Questions);
