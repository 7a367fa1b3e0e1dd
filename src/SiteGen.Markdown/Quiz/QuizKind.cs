using System.Text.Json.Serialization;

namespace SiteGen.Markdown.Quiz;

/// <summary>The dialect a question was written in, which decides how it is shown.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuizKind>))]
public enum QuizKind
{
    /// <summary>Dialect A: correct list, "Wrong answers:" marker, wrong list.</summary>
    [JsonStringEnumMemberName("choice")]
    Choice,

    /// <summary>Dialect B: a question in a quiz section with an answer key but no wrong-answer list.</summary>
    [JsonStringEnumMemberName("answer-key")]
    AnswerKey,

    /// <summary>Dialect C: one bullet holding "question? **answer**".</summary>
    [JsonStringEnumMemberName("bullet")]
    Bullet,
}
