using System.Collections.Concurrent;
using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Stages;

/// <summary>
/// Sees every page at once, before the layout: reports each link whose <c>#anchor</c> names no element id of the
/// page it points at (its own page for <c>#anchor</c> alone), with the nearest id as a hint.
/// </summary>
public sealed class CheckAnchors : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var pages = documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        var ids = new ConcurrentDictionary<string, Lazy<HashSet<string>>>(StringComparer.Ordinal);
        HashSet<string> Known(string page) =>
            ids.GetOrAdd(page, p => new Lazy<HashSet<string>>(() => IdsOf(pages[p]))).Value;

        Parallel.ForEach(documents, document =>
        {
            foreach (var link in document.Get<PageInfo>(DocumentKeys.Page).Links)
            {
                var target = link.Url.StartsWith('#') ? document.SourcePath : link.Target;
                if (link.Fragment is not { Length: > 0 } fragment || target is null || !pages.ContainsKey(target))
                {
                    continue;
                }

                var id = Uri.UnescapeDataString(fragment);
                var known = Known(target);
                if (!known.Contains(id))
                {
                    var near = Nearest(id, known);
                    context.Warning(document.SourcePath, link.Line, link.Column, DiagnosticCodes.MissingAnchor,
                        $"'#{fragment}' names no heading or anchor of '{target}'",
                        near is null ? "link to a heading's id: its text in lower case, spaces as '-'" : $"did you mean '#{near}'?");
                }
            }
        });
        return documents;
    }

    /// <summary>
    /// The ids of a page's rendered body: what a browser can scroll to. A quiz question's heading becomes the quiz's
    /// own <c>q-…</c> id, so a link to the GitHub id of a question heading is reported too.
    /// </summary>
    private static HashSet<string> IdsOf(Document page)
    {
        var elements = new HtmlParser().ParseDocument(page.Content).QuerySelectorAll("[id], a[name]");
        return [.. elements.SelectMany(e => new[] { e.Id, e.GetAttribute("name") }).OfType<string>()];
    }

    /// <summary>An id equal to <paramref name="id"/> but for case and punctuation, or one starting with it.</summary>
    private static string? Nearest(string id, HashSet<string> known)
    {
        static string Letters(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        var wanted = Letters(id);
        return known.Order(StringComparer.Ordinal).FirstOrDefault(k => Letters(k) == wanted)
            ?? known.Order(StringComparer.Ordinal).FirstOrDefault(k => wanted.Length > 3 && Letters(k).StartsWith(wanted, StringComparison.Ordinal));
    }
}
