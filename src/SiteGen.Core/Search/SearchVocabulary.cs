using System.Collections.Concurrent;

namespace SiteGen.Core.Search;

/// <summary>
/// Every word search has met in this process, each with a number. Pages keep their words as numbers, so a word is
/// hashed where it occurs and never again: the index gathers each word's entries by number, and a word's text is made
/// once, not once per page. Append-only and thread-safe; numbers stay valid for the life of the process, so the
/// preview's cached pages keep theirs across rebuilds (a session's vocabulary is some tens of thousands of words).
/// Numbers depend on the order pages were read, so nothing written may show them: the index sorts words by text.
/// </summary>
public static class SearchVocabulary
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static string[] s_words = new string[4096];
    private static int s_count;

    /// <summary>How many words have numbers: every number handed out so far is below it.</summary>
    public static int Count => Volatile.Read(ref s_count);

    /// <summary>The number of a word, given lower-cased as <see cref="SearchWords"/> makes it.</summary>
    public static int IdOf(ReadOnlySpan<char> word)
    {
        if (Ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var id))
        {
            return id;
        }

        lock (Gate)
        {
            if (Ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out id))
            {
                return id;
            }

            id = s_count;
            if (id == s_words.Length)
            {
                var grown = new string[id * 2];
                s_words.CopyTo(grown, 0);
                Volatile.Write(ref s_words, grown);
            }

            var text = word.ToString();
            s_words[id] = text;
            Volatile.Write(ref s_count, id + 1);
            Ids[text] = id; // published last: whoever finds the number finds the word
            return id;
        }
    }

    public static string Word(int id) => Volatile.Read(ref s_words)[id];

    /// <summary>Words by number, space-separated.</summary>
    public static string Words(IEnumerable<int> ids) => string.Join(' ', ids.Select(Word));
}
