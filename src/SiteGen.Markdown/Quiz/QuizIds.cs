using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Markdown.Quiz;

/// <summary>Stable question ids: a hash of the page key and the normalised question text.</summary>
internal static class QuizIds
{
    /// <summary>Lowercase, punctuation stripped, whitespace collapsed.</summary>
    public static string Normalise(string text)
    {
        var kept = text.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c)).ToArray();
        return QuizText.Collapse(new string(kept));
    }

    /// <summary>Gives each question its id; questions that normalise equal on one page get "-2", "-3"….</summary>
    public static IReadOnlyList<QuizQuestion> Assign(IEnumerable<QuizQuestion> questions, string pageKey)
    {
        var seen = new Dictionary<string, int>();
        var result = new List<QuizQuestion>();
        foreach (var question in questions)
        {
            var id = Hash(pageKey + "\n" + Normalise(question.StemText));
            var count = seen[id] = seen.GetValueOrDefault(id) + 1;
            result.Add(question with { Id = count == 1 ? id : $"{id}-{count}" });
        }

        return result;
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
