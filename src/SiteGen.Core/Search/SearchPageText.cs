using SiteGen.Core.IO;

namespace SiteGen.Core.Search;

/// <summary>
/// What search keeps of a page, made while the page is processed so its text is not held to the end of the build:
/// the heading of each section (in order, the lead-in first), each section's distinct words (<see cref="SearchWords"/>,
/// space-separated, in order of first appearance; its heading's words are not among them) and its sections as the UTF-8 JSON items
/// <c>["anchor","heading","text"],…</c> its snippet file lists. A page's text is most of what a build holds; kept as
/// strings per section to the end, it was copied from one generation of the heap to the next.
/// </summary>
public sealed record SearchPageText(IReadOnlyList<SearchHeading> Headings, IReadOnlyList<string> SectionWords, byte[] SectionsJson)
{
    public static SearchPageText Of(IReadOnlyList<SearchSection> sections) => Build(page =>
    {
        foreach (var section in sections)
        {
            page.Add(section.Anchor, section.Heading, section.Level, section.Text);
        }
    });

    /// <summary>A page's search text from the sections <paramref name="sections"/> adds, in order, to the builder it is given.</summary>
    public static SearchPageText Build(Action<Builder> sections)
    {
        Builder? builder = null;
        return Utf8Output.Write(output => sections(builder = new Builder(output)), json => builder!.Finish(json));
    }

    /// <summary>Takes a page's sections one by one: their words into the page's, their text into its snippet JSON.</summary>
    public sealed class Builder
    {
        private readonly List<SearchHeading> _headings = [];
        private readonly List<string> _words = [];
        private readonly ScriptWriter _json;

        internal Builder(Utf8Output output)
        {
            _json = new ScriptWriter(output);
        }

        public void Add(string anchor, string heading, int level, ReadOnlySpan<char> text)
        {
            _headings.Add(new SearchHeading(anchor, heading, level));
            var words = new SearchWords();
            words.Add(text);
            _words.Add(words.ToString());
            _json.StartArray().String(anchor).String(heading).String(text).EndArray();
        }

        internal SearchPageText Finish(ReadOnlySpan<byte> json) => new([.. _headings], [.. _words], json.ToArray());
    }
}
