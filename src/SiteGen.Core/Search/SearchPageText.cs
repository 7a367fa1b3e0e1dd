using SiteGen.Core.IO;

namespace SiteGen.Core.Search;

/// <summary>
/// What search keeps of a page, made while the page is processed so its text is not held to the end of the build:
/// the heading of each section (in order, the lead-in first), the page's distinct words (<see cref="SearchWords"/>,
/// space-separated, in order of first appearance) and its sections as the UTF-8 JSON items
/// <c>["anchor","heading","text"],…</c> its snippet file lists. A page's text is most of what a build holds; kept as
/// strings per section to the end, it was copied from one generation of the heap to the next.
/// </summary>
public sealed record SearchPageText(IReadOnlyList<SearchHeading> Headings, string Words, byte[] SectionsJson)
{
    public static SearchPageText Of(string title, IReadOnlyList<SearchSection> sections) => new(
        [.. sections.Select(s => new SearchHeading(s.Anchor, s.Heading, s.Level))],
        string.Join(' ', SearchWords.Distinct([title, .. sections.SelectMany(s => (string[])[s.Heading, s.Text])])),
        Utf8Output.Write(output =>
        {
            var writer = new ScriptWriter(output);
            foreach (var section in sections)
            {
                writer.StartArray().String(section.Anchor).String(section.Heading).String(section.Text).EndArray();
            }
        }, json => json.ToArray()));
}
