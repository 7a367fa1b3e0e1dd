namespace SiteGen.Core.Search;

/// <summary>
/// Turns pages into search entries: one per section of a page (the lead-in as <see cref="SearchEntryKind.Page"/>, each
/// heading's as <see cref="SearchEntryKind.Heading"/>, found by the heading's words and the section's text) and one
/// per quiz question (found by its stem, and the words of its options and explanation). An entry's
/// <see cref="SearchEntry.Snippet"/> is its place in its page's snippet file, sections then questions, so the browser
/// numbers entries without being told; a question whose anchor repeats one before it on the page is left out.
/// Pages are sorted by URL, so the index is deterministic.
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
        var headings = page.Text.Headings;
        for (var snippet = 0; snippet < headings.Count; snippet++)
        {
            var heading = headings[snippet];
            var kind = heading.Anchor.Length == 0 ? SearchEntryKind.Page : SearchEntryKind.Heading;
            yield return new SearchEntry(kind, index, heading.Anchor, snippet, heading.Title, page.Text.SectionWords[snippet]);
        }

        var anchors = new HashSet<string>(headings.Select(h => h.Anchor), StringComparer.Ordinal);
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
