using System.Collections.Immutable;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>
/// The order to work on documents in parallel: longest content first, so the biggest page (a 600 KB course page in
/// the notes) is not the last one started while the other cores idle. Callers keep their results in input order.
/// (Tried for the layout too: no difference there, a page's layout costs about the same whatever its length.)
/// </summary>
public static class LongestFirst
{
    public static int[] Order(ImmutableArray<Document> documents) =>
        [.. Enumerable.Range(0, documents.Length).OrderByDescending(d => documents[d].Content.Length).ThenBy(d => d)];
}
