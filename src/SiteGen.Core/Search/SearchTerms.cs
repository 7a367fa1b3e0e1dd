using System.Runtime.CompilerServices;

namespace SiteGen.Core.Search;

/// <summary>
/// The inverted index of a <see cref="SearchIndex"/>: every word once, sorted, with its stem and where it is. Entries
/// are numbered page by page, each page's sections then its questions, as in its snippet file: entry id = the page's
/// first id (<see cref="FirstIds"/>) + the entry's <see cref="SearchEntry.Snippet"/>. A heading that repeats the page
/// title is found by the title, so its words are not listed again as a heading's.
/// </summary>
public static class SearchTerms
{
    /// <summary>Each page's first entry id, and after the last page the number of ids.</summary>
    public static int[] FirstIds(SearchIndex index)
    {
        var first = new int[index.Pages.Count + 1];
        for (var i = 0; i < index.Pages.Count; i++)
        {
            var page = index.Pages[i];
            first[i + 1] = first[i] + page.Text.Headings.Count + page.Questions.Count;
        }

        return first;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<SearchTerm> Of(SearchIndex index)
    {
        var first = FirstIds(index);
        var postings = new Dictionary<string, (List<int> Titles, List<int> Headings, List<int> Bodies)>(StringComparer.Ordinal);
        var lookup = postings.GetAlternateLookup<ReadOnlySpan<char>>();

        void Add(string words, int id, int list)
        {
            var span = words.AsSpan();
            foreach (var range in span.Split(' '))
            {
                var word = span[range];
                if (word.IsEmpty)
                {
                    continue;
                }

                if (!lookup.TryGetValue(word, out var lists))
                {
                    lookup[word] = lists = ([], [], []);
                }

                var ids = list == 0 ? lists.Titles : list == 1 ? lists.Headings : lists.Bodies;
                if (ids.Count == 0 || ids[^1] != id)
                {
                    ids.Add(id);
                }
            }
        }

        for (var page = 0; page < index.Pages.Count; page++)
        {
            Add(SearchWords.Distinct(index.Pages[page].Title), page, 0);
        }

        foreach (var entry in index.Entries)
        {
            var id = first[entry.Page] + entry.Snippet;
            if (entry.Kind != SearchEntryKind.Page && !string.Equals(entry.Title, index.Pages[entry.Page].Title, StringComparison.Ordinal))
            {
                Add(SearchWords.Distinct(entry.Title), id, 1);
            }

            Add(entry.Words, id, 2);
        }

        var words = postings.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        var terms = new SearchTerm[words.Length];
        Parallel.For(0, words.Length, i =>
        {
            var (titles, headings, bodies) = postings[words[i]];
            terms[i] = new SearchTerm(words[i], PorterStemmer.Stem(words[i]), titles, headings, bodies);
        });
        return terms;
    }
}
