using System.Runtime.CompilerServices;
using System.Text;

namespace SiteGen.Core.Search;

/// <summary>
/// Collects the words search indexes, each once, in order of first appearance, space-separated: runs of letters and
/// digits, lower-cased, two characters or more. The browser tokenises queries the same way (letters and digits) and
/// stems both sides. Allocates only the distinct words.
/// </summary>
public sealed class SearchWords
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly StringBuilder _words = new();

    /// <summary>The distinct words of <paramref name="texts"/>, space-separated.</summary>
    public static string Distinct(params IEnumerable<string> texts)
    {
        var words = new SearchWords();
        foreach (var text in texts)
        {
            words.Add(text);
        }

        return words.ToString();
    }

    /// <remarks>Optimised from the first call: it runs over every word of the site.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> text)
    {
        var lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                start = -1;
                if (word.Length < 2)
                {
                    continue;
                }

                var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
                Lower(word, lower);
                if (lookup.Add(lower))
                {
                    _words.Append(_words.Length > 0 ? " " : "").Append(lower);
                }
            }
        }
    }

    public override string ToString() => _words.ToString();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Lower(ReadOnlySpan<char> word, Span<char> lower)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 128)
            {
                word.ToLowerInvariant(lower);
                return;
            }

            lower[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }
    }
}
