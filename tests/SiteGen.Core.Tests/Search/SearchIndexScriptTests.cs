using System.Text;
using System.Text.Json;
using SiteGen.Core.Search;

namespace SiteGen.Core.Tests.Search;

public sealed class SearchIndexScriptTests
{
    private static readonly SearchIndex Index = SearchIndexBuilder.Build(
    [
        new SearchPage("a.html", "Alpha partitions", "Course", SearchPageText.Of([new SearchSection("", "Alpha partitions", 0, "shared words"),
            new SearchSection("beta", "Beta <b>", 2, "only alpha, partitioning"), new SearchSection("delta", "Delta", 2, "")]),
            [new SearchQuestion("1", "Why shared?", ["shared"], "Because.")]),
        new SearchPage("b.html", "Gamma", null, SearchPageText.Of([new SearchSection("epsilon", "Epsilon", 2, "shared")]), []),
    ]);

    private static JsonElement Json(string script, string name)
    {
        var prefix = $"SiteGenSearchLoaded(\"{name}\",";
        Assert.StartsWith(prefix, script, StringComparison.Ordinal);
        Assert.EndsWith(");\n", script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[prefix.Length..^3]).RootElement;
    }

    private static Dictionary<string, (string Stem, int[] Titles, int[] Headings, int[] Texts)> Decode(IEnumerable<SearchShard> shards) =>
        shards.SelectMany(s => s.Lines).Select(l => l.Split(';')).ToDictionary(
            f => f[0], f => (f[1].Length == 0 ? f[0] : f[1], Ids(f[2]), Ids(f[3]), Ids(f[4])));

    [Fact]
    public void Writes_the_index_table_of_courses_pages_and_shard_keys()
    {
        var shards = SearchIndexScript.Shards(SearchTerms.Of(Index));

        var json = Json(SearchIndexScript.Index(Index, [[0], [0, 1]], shards, Encoding.UTF8.GetString), "index");

        Assert.Equal(3, json.GetProperty("v").GetInt32());
        Assert.Equal("""["Course"]""", json.GetProperty("courses").GetRawText());
        Assert.Equal("""[["a.html","Alpha partitions",0,3,1,[]],["b.html","Gamma",-1,1,0,[1]]]""", json.GetProperty("pages").GetRawText());
        Assert.Equal(shards.Select(s => s.Key), json.GetProperty("shards").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public void Lists_each_word_with_its_stem_and_the_titles_headings_and_texts_holding_it()
    {
        var terms = Decode(SearchIndexScript.Shards(SearchTerms.Of(Index)));

        // Entries: a's sections 0-2 and its question 3, then b's section 4.
        Assert.Equal(("share", Array.Empty<int>(), new[] { 3 }, new[] { 0, 3, 4 }), (terms["shared"].Stem, terms["shared"].Titles, terms["shared"].Headings, terms["shared"].Texts), Comparer());
        Assert.Equal([0], terms["alpha"].Titles);
        Assert.Equal([1], terms["alpha"].Texts);
        Assert.Equal([1], terms["beta"].Headings);
        Assert.Equal([2], terms["delta"].Headings);
        Assert.Equal("partit", terms["partitions"].Stem);
        Assert.Equal("partit", terms["partitioning"].Stem);
        Assert.Equal([1], terms["gamma"].Titles);
        Assert.Empty(terms["gamma"].Headings); // a heading repeating the title is found by the title
        Assert.Equal([3], terms["because"].Texts);
    }

    [Fact]
    public void Cuts_shards_by_prefix_each_word_once_sorted_and_findable_by_its_key()
    {
        // Given more words than one shard takes, with a long common prefix
        var pages = Enumerable.Range(0, 1500).Select(i => new SearchPage($"p{i:D4}.html", $"Page {i}", null,
            SearchPageText.Of([new SearchSection("", "", 0, $"common word{i:D4} wordy{i} x")]), [])).ToList();
        var index = SearchIndexBuilder.Build(pages);

        // When
        var shards = SearchIndexScript.Shards(SearchTerms.Of(index), maxChars: 2_000);

        // Then
        var words = shards.SelectMany(s => s.Lines.Select(l => (Key: s.Key, Word: l[..l.IndexOf(';')]))).ToList();
        Assert.Equal(words.Count, words.Select(w => w.Word).Distinct().Count());
        Assert.Equal(words.Select(w => w.Word).Order(StringComparer.Ordinal), words.Select(w => w.Word));
        Assert.True(shards.Count > 10);
        Assert.All(shards, s => Assert.True(s.Lines.Sum(l => l.Length + 1) <= 2_000 || s.Key.Length >= 6 || s.Lines.Count == 1, s.Key));
        // Each word is in the one shard whose key is the longest prefix of it among the keys
        Assert.All(words, w => Assert.Equal(w.Key, shards.Select(s => s.Key).Where(k => w.Word.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length)));
        Assert.Equal(Enumerable.Range(0, 1500), Decode(shards)["common"].Texts);
        Assert.Equal([1234], Decode(shards)["word1234"].Texts);
    }

    [Fact]
    public void Names_shard_files_safely_for_any_letter()
    {
        Assert.Equal("assets/search/t/co.js", SearchIndexScript.ShardPath("co"));
        Assert.Equal("assets/search/t/r_00e9s.js", SearchIndexScript.ShardPath("rés"));
    }

    [Fact]
    public void Writes_a_shard_as_one_string_of_lines()
    {
        var shard = new SearchShard("ab", ["abc;;;0;1", "abd;ab;1;;"]);

        var json = Json(SearchIndexScript.Shard(shard, Encoding.UTF8.GetString), "t:ab");

        Assert.Equal("abc;;;0;1\nabd;ab;1;;", json.GetString());
    }

    [Fact]
    public void Writes_a_page_snippet_file_of_sections_then_questions()
    {
        var json = Json(SearchIndexScript.Page(Index, 0, [0], 0, Encoding.UTF8.GetString), "p:0");

        Assert.Equal("""[["","Alpha partitions","shared words"],["beta","Beta <b>","only alpha, partitioning"],["delta","Delta",""],["q-1","Why shared?","shared Because."]]""",
            json.GetRawText());
    }

    [Fact]
    public void Cuts_a_long_page_snippet_file_in_parts_between_items_each_item_once()
    {
        var sections = Enumerable.Range(0, 40).Select(i => new SearchSection($"s{i}", $"Section {i}", 2, new string('x', 1500))).ToArray();
        var page = new SearchPage("long.html", "Long", null, SearchPageText.Of(sections), [new SearchQuestion("1", "Why?", ["a"], "Because.")]);
        var index = SearchIndexBuilder.Build([page]);

        var parts = SearchIndexScript.PartStarts(index.Pages[0]);
        var items = parts.Select((_, part) => Json(SearchIndexScript.Page(index, 0, parts, part, Encoding.UTF8.GetString),
            part == 0 ? "p:0" : $"p:0-{part}")).SelectMany(j => j.EnumerateArray()).Select(i => i[0].GetString()).ToList();

        Assert.True(parts.Count >= 4, $"{parts.Count} parts");
        Assert.Equal(0, parts[0]);
        Assert.Equal([.. sections.Select(s => s.Anchor), "q-1"], items);
        Assert.Equal("assets/search/p0-2.js", SearchIndexScript.PagePath(0, 2));
        Assert.Equal("assets/search/p0.js", SearchIndexScript.PagePath(0));
    }

    [Fact]
    public void Writes_a_page_without_sections_or_questions_as_an_empty_list()
    {
        var index = SearchIndexBuilder.Build([new SearchPage("c.html", "Empty", null, SearchPageText.Of([]), [])]);

        var json = Json(SearchIndexScript.Page(index, 0, [0], 0, Encoding.UTF8.GetString), "p:0");

        Assert.Equal("[]", json.GetRawText());
    }

    private static IEqualityComparer<(string, int[], int[], int[])> Comparer() => EqualityComparer<(string, int[], int[], int[])>.Create(
        (a, b) => a.Item1 == b.Item1 && a.Item2.SequenceEqual(b.Item2) && a.Item3.SequenceEqual(b.Item3) && a.Item4.SequenceEqual(b.Item4),
        a => a.Item1.GetHashCode(StringComparison.Ordinal));

    private static int[] Ids(string deltas)
    {
        var id = 0;
        return deltas.Length == 0 ? [] : [.. deltas.Split(',').Select(d => id += Convert.ToInt32(Base36(d)))];
    }

    private static long Base36(string digits) =>
        digits.Aggregate(0L, (value, c) => (value * 36) + (char.IsDigit(c) ? c - '0' : c - 'a' + 10));
}
