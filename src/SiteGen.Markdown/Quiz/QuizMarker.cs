using System.Text.RegularExpressions;

namespace SiteGen.Markdown.Quiz;

/// <summary>The "Wrong answers:" marker line, in every spelling the notes use, and its near misses.</summary>
internal static partial class QuizMarker
{
    private static readonly string[] NearMissTargets = ["wrong answers", "wrong answer", "incorrect answers", "incorrect options"];

    /// <summary>How the marker is written in the quiz format.</summary>
    public const string Canonical = "Wrong answers:";

    private static readonly string[] Wordings =
        ["wrong answers:", "wrong options:", "wrong responses:", "incorrect answers:", "incorrect options:", "incorrect responses:"];

    /// <summary>
    /// No marker or near miss is longer than this (the longest wording with room for stray spaces and a slash): a
    /// longer line need not be read whole.
    /// </summary>
    public const int MaxLineLength = 64;

    public static bool IsMarker(string line) => Marker().IsMatch(line.Trim());

    /// <summary>A marker that is recognised but misspelt or cut short ("Wrong asnwers:", "Wrong answer", "Wrong:").</summary>
    public static bool IsMisspelt(string line) =>
        IsMarker(line) && !Wordings.Contains(string.Join(' ', line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant());

    /// <summary>A short line that is a few typos away from a marker, e.g. "Wrong answr:" or "Wrong anwser".</summary>
    public static bool IsNearMiss(string line)
    {
        var trimmed = line.AsSpan().Trim().TrimEnd(": ");
        if (trimmed.Length is < 8 or > 24 || IsMarker(line))
        {
            return false;
        }

        var text = trimmed.ToString().ToLowerInvariant();
        return NearMissTargets.Any(target => Distance(text, target) <= 3);
    }

    [GeneratedRegex(@"^(wrong|wromg|incorrect)(\s+(answers?|asnwers|anwers|options|responses))?\s*/?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
