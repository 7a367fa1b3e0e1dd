using System.Text.Json.Serialization;

namespace SiteGen.Core.Quizzes;

/// <summary>One question of <c>quizzes.json</c>; the README documents the schema.</summary>
public sealed record QuizExportQuestion(
    [property: JsonPropertyName("course")] string? Course,
    [property: JsonPropertyName("lesson")] string Lesson,
    [property: JsonPropertyName("lessonTitle")] string LessonTitle,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("section")] string? Section,
    [property: JsonPropertyName("stem")] string Stem,
    [property: JsonPropertyName("stemHtml")] string StemHtml,
    [property: JsonPropertyName("options")] IReadOnlyList<QuizExportOption> Options,
    [property: JsonPropertyName("explanation")] string Explanation,
    [property: JsonPropertyName("source")] QuizExportSource Source);
