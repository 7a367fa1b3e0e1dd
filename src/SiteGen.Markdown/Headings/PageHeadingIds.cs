using Markdig.Syntax;

namespace SiteGen.Markdown.Headings;

/// <summary>The heading ids a page has given out, and for each text the last suffix its repeats reached.</summary>
public sealed class PageHeadingIds
{
    private static readonly object Key = new();

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastSuffix = new(StringComparer.Ordinal);

    public static PageHeadingIds Of(MarkdownDocument document)
    {
        if (document.GetData(Key) is not PageHeadingIds ids)
        {
            ids = new PageHeadingIds();
            document.SetData(Key, ids);
        }

        return ids;
    }

    /// <summary>
    /// <paramref name="id"/> if no heading has it yet, else <c>id-N</c> with the smallest free N. Ids are never given
    /// back, so that N only grows for a given <paramref name="id"/>: the search resumes after the last one found.
    /// </summary>
    public string Claim(string id)
    {
        if (_taken.Add(id))
        {
            return id;
        }

        var suffix = _lastSuffix.GetValueOrDefault(id);
        string candidate;
        do
        {
            suffix++;
            candidate = $"{id}-{suffix}";
        }
        while (!_taken.Add(candidate));

        _lastSuffix[id] = suffix;
        return candidate;
    }
}
