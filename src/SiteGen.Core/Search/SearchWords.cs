using System.Runtime.CompilerServices;

namespace SiteGen.Core.Search;

/// <summary>
/// Splits text into the words search indexes: runs of letters and digits, lower-cased, two characters or more.
/// The browser tokenises queries the same way (letters and digits) and stems both sides.
/// </summary>
public static class SearchWords
{
    public static IEnumerable<string> Of(string text) => Distinct([text], distinct: false);

    /// <summary>Each word of <paramref name="texts"/> once, in order of first appearance; allocates only the distinct words.</summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<string> texts) => Distinct(texts, distinct: true);

    /// <remarks>Optimised from the first call: it runs once a build, over every word of the site.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string> Distinct(IEnumerable<string> texts, bool distinct)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var text in texts)
        {
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
                    var word = text.AsSpan(start, i - start);
                    start = -1;
                    if (word.Length < 2)
                    {
                        continue;
                    }

                    var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
                    Lower(word, lower);
                    if (!distinct)
                    {
                        words.Add(new string(lower));
                    }
                    else if (!lookup.Contains(lower))
                    {
                        var added = new string(lower);
                        seen.Add(added);
                        words.Add(added);
                    }
                }
            }
        }

        return words;
    }

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
