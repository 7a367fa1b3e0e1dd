using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>A question found among a container's blocks: the block range it replaces and its explanation blocks.</summary>
internal sealed record RecognisedQuestion(int Start, int End, QuizQuestion Question, IReadOnlyList<Block> Explanation);
