namespace SiteGen.Core.Search;

/// <summary>
/// What the browser loads on first search: the courses, the pages (URL, title, course number) and the entries it
/// indexes; the full text of each page's sections stays in <see cref="Pages"/> for the per-page snippet files.
/// </summary>
public sealed record SearchIndex(
    IReadOnlyList<string> Courses,
    IReadOnlyList<SearchPage> Pages,
    IReadOnlyList<SearchEntry> Entries)
{
    public int CourseOf(SearchPage page) => page.Course is null ? -1 : IndexOf(page.Course);

    private int IndexOf(string course)
    {
        for (var i = 0; i < Courses.Count; i++)
        {
            if (string.Equals(Courses[i], course, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
