using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Core.Search;

/// <summary>
/// Writes a <see cref="SearchIndex"/> as JavaScript files a page loads with a &lt;script&gt; tag (fetch() of JSON
/// is blocked on file://). The index assigns <c>window.SiteGenSearchIndex</c>: courses, pages
/// <c>[url, title, course, [snippet, heading, …], [snippet, stem, …]]</c>, and <c>terms</c>, an inverted list
/// <c>word id,+delta,…;word …</c> in base 36 of the entries each word is in, entries numbered page by page: the
/// page, its headings, its questions (the order of <see cref="SearchIndex.Entries"/>). Each page's snippet file sets
/// <c>window.SiteGenSearchPages[n]</c> to its sections and questions as <c>[anchor, heading, text]</c>.
/// </summary>
public static class SearchIndexScript
{
    public const int Version = 1;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string IndexPath => "assets/search/index.js";

    public static string PagePath(int page) => $"assets/search/p{page.ToString(CultureInfo.InvariantCulture)}.js";

    public static string Index(SearchIndex index) =>
        "window.SiteGenSearchIndex = " + Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteStartArray("courses");
            foreach (var course in index.Courses)
            {
                writer.WriteStringValue(course);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("pages");
            foreach (var group in index.Entries.GroupBy(e => e.Page))
            {
                var page = index.Pages[group.Key];
                writer.WriteStartArray();
                writer.WriteStringValue(page.Url);
                writer.WriteStringValue(page.Title);
                writer.WriteNumberValue(index.CourseOf(page));
                foreach (var kind in (SearchEntryKind[])[SearchEntryKind.Heading, SearchEntryKind.Question])
                {
                    writer.WriteStartArray();
                    foreach (var entry in group.Where(e => e.Kind == kind))
                    {
                        writer.WriteNumberValue(entry.Snippet);
                        writer.WriteStringValue(entry.Title);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteString("terms", Terms(index.Entries));
            writer.WriteEndObject();
        }) + ";\n";

    public static string Page(SearchIndex index, int page) =>
        $"(window.SiteGenSearchPages = window.SiteGenSearchPages || {{}})[{page.ToString(CultureInfo.InvariantCulture)}] = " +
        Json(writer =>
        {
            var source = index.Pages[page];
            writer.WriteStartArray();
            foreach (var (anchor, heading, text) in source.Sections.Select(s => (s.Anchor, s.Heading, s.Text))
                         .Concat(source.Questions.Select(q => (q.Anchor, q.Stem, q.Body))))
            {
                writer.WriteStartArray();
                writer.WriteStringValue(anchor);
                writer.WriteStringValue(heading);
                writer.WriteStringValue(text);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }) + ";\n";

    /// <summary>The inverted list: each word once, sorted, with the ascending ids of the entries holding it.</summary>
    private static string Terms(IReadOnlyList<SearchEntry> entries)
    {
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < entries.Count; id++)
        {
            foreach (var term in entries[id].Terms)
            {
                if (!postings.TryGetValue(term, out var ids))
                {
                    postings[term] = ids = [];
                }

                ids.Add(id);
            }
        }

        var builder = new StringBuilder();
        foreach (var (term, ids) in postings)
        {
            builder.Append(builder.Length > 0 ? ";" : "").Append(term).Append(' ');
            var previous = 0;
            for (var i = 0; i < ids.Count; i++)
            {
                builder.Append(i > 0 ? "," : "").Append(Base36(ids[i] - previous));
                previous = ids[i];
            }
        }

        return builder.ToString();
    }

    private static string Base36(int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<char> buffer = stackalloc char[8];
        var position = buffer.Length;
        do
        {
            buffer[--position] = digits[value % 36];
            value /= 36;
        }
        while (value > 0);

        return new string(buffer[position..]);
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
