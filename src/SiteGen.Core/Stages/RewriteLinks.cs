using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Core.Documents;
using SiteGen.Core.Links;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Syntax;
using SiteGen.Markdown.Html;

namespace SiteGen.Core.Stages;

/// <summary>
/// Points every link and image of a note at what it needs on the site (see <see cref="LinkResolver"/>),
/// in Markdown links and in raw HTML alike, and records them all for navigation and checks.
/// </summary>
public sealed class RewriteLinks : DocumentStage
{
    public const string LinksKey = "links";

    protected override Document Process(Document document, BuildContext context)
    {
        var resolver = new LinkResolver(context.Files, context.Options.RepoUrl);
        var syntax = document.Get<MarkdownDocument>(DocumentKeys.Syntax);
        var links = new List<PageLink>();

        // A finding about the link at a zero-based line and column, as a warning at its one-based position.
        LinkResolver.Report At(int line, int column) => (code, message, hint, fix) =>
            context.Warning(document.SourcePath, line + 1, column + 1, code, message, hint, fix);

        ResolvedLink Resolve(string url, int line, int column, bool isImage, string text, string where)
        {
            var resolved = resolver.Resolve(document.SourcePath, url, At(line, column));
            links.Add(new PageLink(url, resolved.Target, resolved.Fragment, line + 1, column + 1, isImage, text, where));
            return resolved;
        }

        foreach (var block in syntax.Descendants<LeafBlock>())
        {
            if (block is HtmlBlock html)
            {
                var source = html.Lines.ToString();
                var searched = 0;
                html.Lines = new Markdig.Helpers.StringLineGroup(RawHtmlLinks.Rewrite(source, url =>
                {
                    var (line, column) = Locate(source, url, html, ref searched);
                    return Resolve(url, line, column, false, "", "").Url;
                }));
                continue;
            }

            if (block.Inline is null)
            {
                continue;
            }

            var where = new Lazy<string>(() => PlainText.Of(block), LazyThreadSafetyMode.None);
            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LinkInline { Url: { } url } link:
                        // Markdown allows spaces in a destination only between <pointy brackets>: by design, not a typo.
                        var written = url.Replace(" ", "%20", StringComparison.Ordinal);
                        link.Url = Resolve(written, link.Line, link.Column, link.IsImage, PlainText.Of(link), where.Value).Url;
                        break;
                    case HtmlInline raw when HtmlTags.IsMarkup(raw.Tag):
                        raw.Tag = RawHtmlLinks.Rewrite(raw.Tag, url => Resolve(url, raw.Line, raw.Column, false, "", where.Value).Url);
                        break;
                }
            }
        }

        // The "back to …" lines the site replaces by breadcrumbs are still read on GitHub: check them, record nothing.
        foreach (var link in (document.Find<List<Block>>(StripBackLinks.RemovedKey) ?? []).SelectMany(b => b.Descendants<LinkInline>()))
        {
            resolver.Resolve(document.SourcePath, link.Url ?? "", At(link.Line, link.Column));
        }

        return document.With(LinksKey, links);
    }

    /// <summary>The zero-based line and column of <paramref name="url"/> in an HTML block, searching on from the last one found.</summary>
    private static (int Line, int Column) Locate(string source, string url, HtmlBlock block, ref int searched)
    {
        var at = source.IndexOf(url, searched, StringComparison.Ordinal);
        if (at < 0)
        {
            return (block.Line, block.Column);
        }

        searched = at + url.Length;
        var before = source.AsSpan(0, at);
        var lines = before.Count('\n');
        return (block.Line + lines, lines == 0 ? block.Column + at : at - before.LastIndexOf('\n') - 1);
    }
}
