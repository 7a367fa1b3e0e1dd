using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Core.IO;

namespace SiteGen.Core.Search;

/// <summary>
/// Writes a <see cref="SearchIndex"/> as JavaScript files a page loads with &lt;script&gt; tags (fetch() is blocked
/// on file://), each calling <c>SiteGenSearchLoaded(name, data)</c>: the index (<c>"index"</c>), one shard of the
/// inverted index per word prefix (<c>"t:" + key</c>), one snippet file per page (<c>"p:" + page</c>). The browser
/// queries these as they are; nothing is indexed there. Format: CONTRIBUTING.md, "The search index format".
/// </summary>
/// <remarks>
/// A word's line is <c>word;stem;titles;headings;texts</c>: the stem empty when it is the word, each list the
/// ascending ids of pages (titles) or entries (headings, texts) as base-36 differences from the one before.
/// Entries are numbered page by page, sections then questions, so a common word's ids differ by little and compress
/// well. Words are cut into shards by their first two characters, and a shard larger than
/// <see cref="ShardChars"/> by one more character, and so on.
/// </remarks>
public static class SearchIndexScript
{
    public const int Version = 3;

    /// <summary>The size a shard is split at: about 8–12 KB with gzip.</summary>
    public const int ShardChars = 40_000;

    public static string IndexPath => "assets/search/index.js";

    /// <summary>The size a page's snippet file is cut at, between sections: a long page's file would outweigh the rest of a search.</summary>
    public const int PartBytes = 16_000;

    /// <summary>Part <paramref name="part"/> of page <paramref name="page"/>'s snippet file: <c>p7.js</c>, then <c>p7-1.js</c>, ….</summary>
    public static string PagePath(int page, int part = 0) => $"assets/search/p{PageName(page, part)[2..]}.js";

    private static string PageName(int page, int part) =>
        "p:" + page.ToString(CultureInfo.InvariantCulture) + (part > 0 ? "-" + part.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>
    /// Where each part of a page's snippet file starts (its place among the sections then questions); the first part
    /// starts at 0. A part takes items until the next would take it past <see cref="PartBytes"/>.
    /// </summary>
    public static IReadOnlyList<int> PartStarts(SearchPage page)
    {
        var sizes = SectionRanges(page.Text.SectionsJson).Select(r => r.Length)
            .Concat(page.Questions.Select(q => q.Anchor.Length + q.Stem.Length + q.Body.Length + 10));
        var starts = new List<int> { 0 };
        var (size, item) = (0, 0);
        foreach (var itemSize in sizes)
        {
            if (size > 0 && size + itemSize > PartBytes)
            {
                starts.Add(item);
                size = 0;
            }

            size += itemSize + 1;
            item++;
        }

        return starts;
    }

    /// <summary>Where each section's item (<c>["anchor","heading","text"]</c>) is in a page's <see cref="SearchPageText.SectionsJson"/>.</summary>
    private static List<(int Start, int Length)> SectionRanges(byte[] json)
    {
        var ranges = new List<(int, int)>();
        var list = new byte[json.Length + 2];
        list[0] = (byte)'[';
        json.CopyTo(list, 1);
        list[^1] = (byte)']';
        var reader = new Utf8JsonReader(list);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            var start = (int)reader.TokenStartIndex - 1;
            reader.Skip();
            ranges.Add((start, (int)reader.TokenStartIndex - start));
        }

        return ranges;
    }

    /// <summary>A shard's file: letters a–z and digits as they are, any other character as _ and its UTF-16 code in hex.</summary>
    public static string ShardPath(string key)
    {
        var name = new StringBuilder("assets/search/t/");
        foreach (var c in key)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                name.Append(c);
            }
            else
            {
                name.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return name.Append(".js").ToString();
    }

    /// <summary>Writes the index and gives its UTF-8 bytes, valid only during the call, to <paramref name="use"/>.</summary>
    public static T Index<T>(SearchIndex index, IReadOnlyList<IReadOnlyList<int>> parts, IReadOnlyList<SearchShard> shards, Func<ReadOnlySpan<byte>, T> use) => Utf8Output.Write(output =>
    {
        var writer = new ScriptWriter(output).Raw("SiteGenSearchLoaded(\"index\",{\"v\":")
            .Number(Version).Raw(",\"courses\":").StartArray();
        foreach (var course in index.Courses)
        {
            writer.String(course);
        }

        writer.EndArray().Raw(",\"pages\":").StartArray();
        for (var i = 0; i < index.Pages.Count; i++)
        {
            var page = index.Pages[i];
            writer.StartArray().String(page.Url).String(page.Title).Number(index.CourseOf(page))
                .Number(page.Text.Headings.Count).Number(page.Questions.Count).StartArray();
            foreach (var start in parts[i].Skip(1))
            {
                writer.Number(start);
            }

            writer.EndArray().EndArray();
        }

        writer.EndArray().Raw(",\"shards\":").StartArray();
        foreach (var shard in shards)
        {
            writer.String(shard.Key);
        }

        writer.EndArray().Raw("});\n");
    }, use);

    /// <summary>Writes a shard and gives its UTF-8 bytes, valid only during the call, to <paramref name="use"/>.</summary>
    public static T Shard<T>(SearchShard shard, Func<ReadOnlySpan<byte>, T> use) => Utf8Output.Write(output =>
        new ScriptWriter(output).Raw("SiteGenSearchLoaded(").String("t:" + shard.Key).Raw(",")
            .String(string.Join('\n', shard.Lines)).Raw(");\n"), use);

    /// <summary>
    /// Writes part <paramref name="part"/> of page <paramref name="page"/>'s snippet file (its items from
    /// <paramref name="parts"/>[part] to the next part's start) and gives its UTF-8 bytes, valid only during the call,
    /// to <paramref name="use"/>.
    /// </summary>
    public static T Page<T>(SearchIndex index, int page, IReadOnlyList<int> parts, int part, Func<ReadOnlySpan<byte>, T> use) => Utf8Output.Write(output =>
    {
        var source = index.Pages[page];
        var sections = SectionRanges(source.Text.SectionsJson);
        var (from, to) = (parts[part], part + 1 < parts.Count ? parts[part + 1] : sections.Count + source.Questions.Count);
        var writer = new ScriptWriter(output).Raw("SiteGenSearchLoaded(").String(PageName(page, part)).Raw(",").StartArray();
        for (var item = from; item < to; item++)
        {
            if (item < sections.Count)
            {
                writer.Items(source.Text.SectionsJson.AsSpan(sections[item].Start, sections[item].Length));
            }
            else
            {
                var question = source.Questions[item - sections.Count];
                writer.StartArray().String(question.Anchor).String(question.Stem).String(question.Body).EndArray();
            }
        }

        writer.EndArray().Raw(");\n");
    }, use);

    /// <summary>The terms cut into shards by prefix: two characters, more where a shard would exceed <paramref name="maxChars"/>.</summary>
    public static IReadOnlyList<SearchShard> Shards(IReadOnlyList<SearchTerm> terms, int maxChars = ShardChars)
    {
        var lines = new string[terms.Count];
        Parallel.For(0, terms.Count, i => lines[i] = Line(terms[i]));
        var shards = new List<SearchShard>();
        Split(Enumerable.Range(0, terms.Count).ToList(), 2);
        return shards;

        void Split(List<int> ids, int depth)
        {
            foreach (var group in ids.GroupBy(i => Key(terms[i].Word, depth)))
            {
                var size = group.Sum(i => lines[i].Length + 1);
                var longer = group.Where(i => terms[i].Word.Length > depth).ToList();
                if (size <= maxChars || depth >= 6 || longer.Count == 0)
                {
                    shards.Add(new SearchShard(group.Key, [.. group.Select(i => lines[i])]));
                    continue;
                }

                var exact = group.Where(i => terms[i].Word.Length <= depth).ToList();
                if (exact.Count > 0)
                {
                    shards.Add(new SearchShard(group.Key, [.. exact.Select(i => lines[i])]));
                }

                Split(longer, depth + 1);
            }
        }

        static string Key(string word, int depth) => word.Length <= depth ? word : word[..depth];
    }

    /// <summary>One word's line: <c>word;stem;titles;headings;texts</c>.</summary>
    public static string Line(SearchTerm term)
    {
        var line = new StringBuilder(term.Word.Length * 2 + (term.Bodies.Count * 3));
        line.Append(term.Word).Append(';').Append(string.Equals(term.Stem, term.Word, StringComparison.Ordinal) ? "" : term.Stem);
        foreach (var ids in (IReadOnlyList<int>[])[term.Titles, term.Headings, term.Bodies])
        {
            line.Append(';');
            var previous = 0;
            for (var i = 0; i < ids.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                AppendBase36(line, ids[i] - previous);
                previous = ids[i];
            }
        }

        return line.ToString();
    }

    private static void AppendBase36(StringBuilder text, int value)
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

        text.Append(buffer[position..]);
    }
}
