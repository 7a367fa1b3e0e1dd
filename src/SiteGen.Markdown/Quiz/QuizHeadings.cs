using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>What a heading means to the recogniser: a quiz section, an explanation label, a question.</summary>
internal static partial class QuizHeadings
{
    public static string Text(HeadingBlock heading) => QuizText.Of(heading);

    public static bool IsQuizSection(HeadingBlock heading) => QuizSection().IsMatch(Text(heading));

    public static bool IsExplanationLabel(Block block) =>
        block is HeadingBlock heading && ExplanationLabel().IsMatch(Text(heading));

    /// <summary>Has a '?', a "(Select TWO.)" marker, or opens like a question.</summary>
    public static bool IsQuestionLike(string text) =>
        text.Contains('?') || SelectCount(text) > 0 || QuestionOpening().IsMatch(text);

    /// <summary>The number in "(Select TWO.)", "(Choose THREE)"…, or 0.</summary>
    public static int SelectCount(string text)
    {
        var match = Select().Match(text);
        return match.Success
            ? match.Groups[1].Value.ToLowerInvariant() switch
            {
                "two" or "2" => 2,
                "three" or "3" => 3,
                "four" or "4" => 4,
                _ => 0,
            }
            : 0;
    }

    [GeneratedRegex(@"^(?:(?:.*\s)?pre-?assessment|knowledge check(?: \d+)?|assessments?|week \d+ assessment|.*\bsummative assessment\b.*|.*:\s*assessment|.*\bpart \d+ assessment|final module assessment|.*\bcourse assessment)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuizSection();

    [GeneratedRegex(@"^explanations?:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplanationLabel();

    [GeneratedRegex(@"\((?:select|choose)\s+(two|three|four|\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Select();

    [GeneratedRegex(@"^(?:\d+[.)]\s*)?(?:which|what|who|whom|whose|how|why|when|where|is|are|does|do|can|should|true or false)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionOpening();
}
