namespace SiteGen.Core.Search;

/// <summary>
/// Turns pages into search entries: one per page (its title, and every word of it as body), one per heading
/// below the title (found by the heading's words), one per quiz question (its stem, and the words of its options
/// and explanation). Pages are sorted by URL and an anchor appears once per page, so the index is deterministic.
/// </summary>
public static class SearchIndexBuilder
{
    public static SearchIndex Build(IEnumerable<SearchPage> pages)
    {
        var sorted = pages.DistinctBy(p => p.Url, StringComparer.Ordinal).OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        var courses = sorted.Select(p => p.Course).OfType<string>().Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        var perPage = new List<SearchEntry>[sorted.Count];
        Parallel.For(0, sorted.Count, i => perPage[i] = [.. EntriesOf(sorted[i], i)]);
        return new SearchIndex(courses, sorted, [.. perPage.SelectMany(e => e)]);
    }

    private static IEnumerable<SearchEntry> EntriesOf(SearchPage page, int index)
    {
        yield return new SearchEntry(SearchEntryKind.Page, index, "", 0, page.Title, page.Text.Words);

        var headings = page.Text.Headings;
        var anchors = new HashSet<string>(StringComparer.Ordinal) { "" };
        for (var snippet = 0; snippet < headings.Count; snippet++)
        {
            var heading = headings[snippet];
            var isTitle = heading.Level == 1 && string.Equals(heading.Title, page.Title, StringComparison.Ordinal);
            if (!isTitle && heading.Title.Length > 0 && anchors.Add(heading.Anchor))
            {
                yield return new SearchEntry(SearchEntryKind.Heading, index, heading.Anchor, snippet, heading.Title, "");
            }
        }

        for (var i = 0; i < page.Questions.Count; i++)
        {
            var question = page.Questions[i];
            if (anchors.Add(question.Anchor))
            {
                yield return new SearchEntry(SearchEntryKind.Question, index, question.Anchor, headings.Count + i, question.Stem,
                    SearchWords.Distinct(question.Body));
            }
        }
    }
}
