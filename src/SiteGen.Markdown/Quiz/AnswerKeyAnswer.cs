using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>What an answer-key question's body yields: extra stem blocks, options, explanation.</summary>
internal sealed record AnswerKeyAnswer(IReadOnlyList<Block> Stem, IReadOnlyList<QuizOption> Options, IReadOnlyList<Block> Explanation, string? HeadingStem = null);
