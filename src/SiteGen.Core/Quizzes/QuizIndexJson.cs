using System.Text.Json.Serialization;

namespace SiteGen.Core.Quizzes;

/// <summary>The data of <c>quiz-index.js</c>: each quiz page's question ids by site-root-relative URL.</summary>
public sealed record QuizIndexJson([property: JsonPropertyName("lessons")] SortedDictionary<string, string[]> Lessons);
