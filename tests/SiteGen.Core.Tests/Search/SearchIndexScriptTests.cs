using System.Text;
using System.Text.Json;
using SiteGen.Core.Search;

namespace SiteGen.Core.Tests.Search;

public sealed class SearchIndexScriptTests
{
    private static readonly SearchIndex Index = SearchIndexBuilder.Build(
    [
        new SearchPage("a.html", "Alpha", "Course", SearchPageText.Of("Alpha", [new SearchSection("", "Alpha", 0, "shared words"),
            new SearchSection("beta", "Beta <b>", 2, "only alpha"), new SearchSection("delta", "Delta", 2, "")]),
            [new SearchQuestion("1", "Why?", ["shared"], "Because.")]),
        new SearchPage("b.html", "Gamma", null, SearchPageText.Of("Gamma", [new SearchSection("epsilon", "Epsilon", 2, "shared")]), []),
    ]);

    private static JsonElement Json(string script, string prefix)
    {
        Assert.StartsWith(prefix, script, StringComparison.Ordinal);
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[prefix.Length..^2]).RootElement;
    }

    [Fact]
    public void Writes_the_index_as_a_script_with_pages_headings_and_questions()
    {
        var json = Json(SearchIndexScript.Index(Index, Encoding.UTF8.GetString), "window.SiteGenSearchIndex = ");

        Assert.Equal("""[["a.html","Alpha",0,[1,"Beta <b>","Delta"],[3,"Why?"]],["b.html","Gamma",-1,["Epsilon"],[]]]""",
            json.GetProperty("pages").GetRawText());
    }

    [Fact]
    public void Lists_each_word_with_the_pages_then_the_questions_holding_it_as_base36_deltas()
    {
        var terms = Json(SearchIndexScript.Index(Index, Encoding.UTF8.GetString), "window.SiteGenSearchIndex = ").GetProperty("terms").GetString()!;

        var decoded = terms.Split(';').ToDictionary(t => t.Split(' ')[0], t => Ids(t.Split(' ')[1]));
        Assert.Equal([0, 1, 2], decoded["shared"]); // page a, page b, a's question
        Assert.Equal([2], decoded["because"]);
        Assert.Equal([0], decoded["delta"]); // its page only: a heading is found by its title
        Assert.Equal(decoded.Keys.Order(StringComparer.Ordinal), decoded.Keys);
    }

    [Fact]
    public void Lists_each_words_ids_in_order_when_the_entries_are_gathered_in_several_runs()
    {
        // Given more entries than one run takes, a word on every page and one on each
        var pages = Enumerable.Range(0, 1500).Select(i => new SearchPage($"p{i:D4}.html", $"Page {i}", null,
            SearchPageText.Of("", [new SearchSection("", "", 0, $"common word{i:D4}")]), [])).ToList();

        // When
        var terms = Json(SearchIndexScript.Index(SearchIndexBuilder.Build(pages), Encoding.UTF8.GetString), "window.SiteGenSearchIndex = ")
            .GetProperty("terms").GetString()!;

        // Then
        var decoded = terms.Split(';').ToDictionary(t => t.Split(' ')[0], t => Ids(t.Split(' ')[1]));
        Assert.Equal(Enumerable.Range(0, 1500), decoded["common"]);
        Assert.Equal([1234], decoded["word1234"]);
        Assert.Equal(1501, decoded.Count);
    }

    [Fact]
    public void Writes_a_page_snippet_file_of_sections_then_questions()
    {
        var json = Json(SearchIndexScript.Page(Index, 0, Encoding.UTF8.GetString), "(window.SiteGenSearchPages = window.SiteGenSearchPages || {})[0] = ");

        Assert.Equal("""[["","Alpha","shared words"],["beta","Beta <b>","only alpha"],["delta","Delta",""],["q-1","Why?","shared Because."]]""",
            json.GetRawText());
    }

    [Fact]
    public void Writes_a_page_without_sections_or_questions_as_an_empty_list()
    {
        var index = SearchIndexBuilder.Build([new SearchPage("c.html", "Empty", null, SearchPageText.Of("Empty", []), [])]);

        var json = Json(SearchIndexScript.Page(index, 0, Encoding.UTF8.GetString), "(window.SiteGenSearchPages = window.SiteGenSearchPages || {})[0] = ");

        Assert.Equal("[]", json.GetRawText());
    }

    private static int[] Ids(string deltas)
    {
        var id = 0;
        return [.. deltas.Split(',').Select(d => id += Convert.ToInt32(Base36(d)))];
    }

    private static long Base36(string digits) =>
        digits.Aggregate(0L, (value, c) => (value * 36) + (char.IsDigit(c) ? c - '0' : c - 'a' + 10));
}
