using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Html;

/// <summary>
/// Finds, right after the parse, what the safe renderers will take out of a page: URLs of unsafe schemes in links,
/// images and autolinks, and what the sanitiser removes from raw HTML. It runs on the whole tree before the quiz
/// recogniser lifts stems and options out of it, so findings in quizzes keep their lines; a page stage reports them.
/// </summary>
public static class SafeHtmlFindings
{
    private static readonly object Key = new();

    /// <summary>Finds and keeps the document's findings; a second call does nothing.</summary>
    public static void Collect(MarkdownDocument document)
    {
        if (document.GetData(Key) is not null)
        {
            return;
        }

        var findings = new List<SafeHtmlFinding>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { Url: { } url } link when !SafeUrl.IsSafe(url):
                    findings.Add(new SafeHtmlFinding(link.Line, link.Column, Shorten(url),
                        new HtmlRemoval(link.IsImage ? "image URL" : "link URL", url)));
                    break;
                case AutolinkInline { IsEmail: false } autolink when !SafeUrl.IsSafe(autolink.Url):
                    findings.Add(new SafeHtmlFinding(autolink.Line, autolink.Column, Shorten(autolink.Url),
                        new HtmlRemoval("autolink URL", autolink.Url, ShownAsText: true)));
                    break;
                case HtmlInline inline when HtmlTags.IsMarkup(inline.Tag):
                    AddTag(findings, inline.Tag, inline.Line, inline.Column);
                    break;
                case HtmlBlock block:
                    AddBlock(findings, block);
                    break;
            }
        }

        document.SetData(Key, findings.AsReadOnly());
    }

    /// <summary>The findings <see cref="Collect"/> kept, in source order; none when it did not run.</summary>
    public static IReadOnlyList<SafeHtmlFinding> Get(MarkdownDocument document) =>
        document.GetData(Key) as IReadOnlyList<SafeHtmlFinding> ?? [];

    /// <summary>A block that opens with text is all text on the page; one that opens with markup is sanitised tag by tag.</summary>
    private static void AddBlock(List<SafeHtmlFinding> findings, HtmlBlock block)
    {
        var html = block.Lines.ToString();
        if (!HtmlTags.IsMarkup(html))
        {
            return;
        }

        var offset = 0;
        foreach (var (piece, isTag) in HtmlTagSplitter.Split(html))
        {
            if (isTag && HtmlTags.IsMarkup(piece))
            {
                var before = html.AsSpan(0, offset);
                var lines = before.Count('\n');
                var column = lines == 0 ? block.Column + offset : offset - before.LastIndexOf('\n') - 1;
                AddTag(findings, piece, block.Line + lines, column);
            }

            offset += piece.Length;
        }
    }

    private static void AddTag(List<SafeHtmlFinding> findings, string tag, int line, int column)
    {
        foreach (var removal in RawHtmlSanitiser.Clean(tag).Removals)
        {
            findings.Add(new SafeHtmlFinding(line, column, Shorten(tag), removal));
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
