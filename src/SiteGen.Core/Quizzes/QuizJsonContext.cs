using System.Text.Json.Serialization;

namespace SiteGen.Core.Quizzes;

/// <summary>
/// Serialisation code for the quiz exports, generated at compile time: a build then spends no time reflecting over
/// the types and compiling converters for them on first use.
/// </summary>
[JsonSerializable(typeof(QuizExport))]
[JsonSerializable(typeof(QuizIndexJson))]
internal sealed partial class QuizJsonContext : JsonSerializerContext;
