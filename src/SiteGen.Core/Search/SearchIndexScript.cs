using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using SiteGen.Core.IO;

namespace SiteGen.Core.Search;

/// <summary>
/// Writes a <see cref="SearchIndex"/> as JavaScript files a page loads with a &lt;script&gt; tag (fetch() of JSON
/// is blocked on file://). The index assigns <c>window.SiteGenSearchIndex</c>: courses, pages
/// <c>[url, title, course, [heading, …], [stem, …]]</c>, and <c>terms</c>, an inverted list
/// <c>word id,+delta,…;word …</c> in base 36 of the entries each word is in. Each page's snippet file sets
/// <c>window.SiteGenSearchPages[n]</c> to its sections and questions as <c>[anchor, heading, text]</c>.
/// </summary>
/// <remarks>
/// Two choices keep the index small, since it is most of what the first search transfers. A heading or question is
/// the next place of its page's snippet file after the one before it (the first, place 0), and its number is written
/// before it only where that is not so. Entries with words are numbered pages first (entry n is page n), then the
/// questions in page order: a common word's pages then differ by one or two, which compresses to almost nothing;
/// numbered page by page, the gaps the questions leave took 76 KB more with gzip on the notes.
/// </remarks>
public static class SearchIndexScript
{
    public const int Version = 2;

    public static string IndexPath => "assets/search/index.js";

    public static string PagePath(int page) => $"assets/search/p{page.ToString(CultureInfo.InvariantCulture)}.js";

    /// <summary>Writes the index and gives its UTF-8 bytes, valid only during the call, to <paramref name="use"/>.</summary>
    public static T Index<T>(SearchIndex index, Func<ReadOnlySpan<byte>, T> use) => Utf8Output.Write(output =>
    {
        var writer = new ScriptWriter(output).Raw("window.SiteGenSearchIndex = {\"v\":")
            .Number(Version).Raw(",\"courses\":").StartArray();
        foreach (var course in index.Courses)
        {
            writer.String(course);
        }

        writer.EndArray().Raw(",\"pages\":").StartArray();
        foreach (var group in index.Entries.GroupBy(e => e.Page))
        {
            var page = index.Pages[group.Key];
            writer.StartArray().String(page.Url).String(page.Title).Number(index.CourseOf(page));
            foreach (var kind in (SearchEntryKind[])[SearchEntryKind.Heading, SearchEntryKind.Question])
            {
                writer.StartArray();
                var expected = 0;
                foreach (var entry in group.Where(e => e.Kind == kind))
                {
                    if (entry.Snippet != expected)
                    {
                        writer.Number(entry.Snippet);
                    }

                    writer.String(entry.Title);
                    expected = entry.Snippet + 1;
                }

                writer.EndArray();
            }

            writer.EndArray();
        }

        writer.EndArray().Raw(",\"terms\":").String(Terms(index)).Raw("};\n");
    }, use);

    /// <summary>Writes page <paramref name="page"/>'s snippet file and gives its UTF-8 bytes, valid only during the call, to <paramref name="use"/>.</summary>
    public static T Page<T>(SearchIndex index, int page, Func<ReadOnlySpan<byte>, T> use) => Utf8Output.Write(output =>
    {
        var source = index.Pages[page];
        var writer = new ScriptWriter(output)
            .Raw($"(window.SiteGenSearchPages = window.SiteGenSearchPages || {{}})[{page.ToString(CultureInfo.InvariantCulture)}] = ")
            .StartArray();
        writer.Items(source.Text.SectionsJson);
        foreach (var question in source.Questions)
        {
            writer.StartArray().String(question.Anchor).String(question.Stem).String(question.Body).EndArray();
        }

        writer.EndArray().Raw(";\n");
    }, use);

    /// <summary>The inverted list: each word once, sorted, with the ascending ids of the entries holding it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Terms(SearchIndex index)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = postings.GetAlternateLookup<ReadOnlySpan<char>>();
        var withWords = index.Entries.Where(e => e.Kind == SearchEntryKind.Page)
            .Concat(index.Entries.Where(e => e.Kind == SearchEntryKind.Question)); // headings are found by their title
        var id = 0;
        foreach (var entry in withWords)
        {
            var words = entry.Words.AsSpan();
            foreach (var range in words.Split(' '))
            {
                var word = words[range];
                if (word.IsEmpty)
                {
                    continue;
                }

                if (!lookup.TryGetValue(word, out var ids))
                {
                    lookup[word] = ids = [];
                }

                ids.Add(id);
            }

            id++;
        }

        var terms = postings.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        var builder = new StringBuilder(postings.Count * 24);
        Span<char> digits = stackalloc char[8];
        foreach (var term in terms)
        {
            var ids = postings[term];
            builder.Append(builder.Length > 0 ? ";" : "").Append(term).Append(' ');
            var previous = 0;
            for (var i = 0; i < ids.Count; i++)
            {
                builder.Append(i > 0 ? "," : "").Append(Base36(ids[i] - previous, digits));
                previous = ids[i];
            }
        }

        return builder.ToString();
    }

    private static ReadOnlySpan<char> Base36(int value, Span<char> buffer)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var position = buffer.Length;
        do
        {
            buffer[--position] = digits[value % 36];
            value /= 36;
        }
        while (value > 0);

        return buffer[position..];
    }
}
