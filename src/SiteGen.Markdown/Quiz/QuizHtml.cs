using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using SiteGen.Markdown.Html;

namespace SiteGen.Markdown.Quiz;

/// <summary>
/// Renders stems and options to HTML with raw HTML escaped as text, explanations with it sanitised; in both, links
/// and images of unsafe URLs are written as their text (<see cref="SafeHtmlExtension"/>), as on the page.
/// </summary>
internal static class QuizHtml
{
    /// <summary>The inline content of a leaf (a heading or paragraph), without the surrounding tag.</summary>
    public static string Inline(LeafBlock leaf) => Render(renderer => renderer.WriteLeafInline(leaf));

    /// <summary>Whole blocks (stem continuation, code-block options).</summary>
    public static string Blocks(IEnumerable<Block> blocks) => Render(renderer =>
    {
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }
    });

    /// <summary>An option's content: a single paragraph renders inline, anything else as blocks.</summary>
    public static string Option(IReadOnlyList<Block> blocks) => blocks switch
    {
        [ParagraphBlock paragraph] => Inline(paragraph),
        [HtmlBlock html] => System.Net.WebUtility.HtmlEncode(html.Lines.ToString().Trim()),
        _ => Blocks(blocks).Trim(),
    };

    /// <summary>
    /// Explanation blocks as CommonMark HTML where raw HTML is real markup only (<c>&lt;br&gt;</c> passes, a
    /// talked-about <c>&lt;iframe&gt;</c> shows as text); the page renderer re-renders them with its extensions.
    /// </summary>
    public static string Content(IEnumerable<Block> blocks) => Render(renderer =>
    {
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }
    }, escapeAllRawHtml: false).Trim();

    /// <summary>
    /// One renderer of each kind per thread, reset between uses: a page has hundreds of stems and options, and a new
    /// <see cref="HtmlRenderer"/> sets up its whole table of object renderers. A nested call makes its own.
    /// </summary>
    [ThreadStatic]
    private static HtmlRenderer? _escaping;

    [ThreadStatic]
    private static HtmlRenderer? _safe;

    private static string Render(Action<HtmlRenderer> write, bool escapeAllRawHtml = true)
    {
        ref var cached = ref escapeAllRawHtml ? ref _escaping : ref _safe;
        var renderer = cached ?? Create(escapeAllRawHtml);
        cached = null;
        write(renderer);
        var output = ((StringWriter)renderer.Writer).GetStringBuilder();
        var html = output.ToString();
        renderer.EnsureLine(); // back to the state of a new renderer: at the start of a line
        output.Clear();
        cached = renderer;
        return html;
    }

    private static HtmlRenderer Create(bool escapeAllRawHtml)
    {
        var renderer = new HtmlRenderer(new StringWriter());
        if (escapeAllRawHtml)
        {
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
            SafeHtmlExtension.UseSafeLinks(renderer);
        }
        else
        {
            SafeHtmlExtension.Use(renderer);
        }

        return renderer;
    }
}
