using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Core.Text;

/// <summary>
/// The words a reader sees in a fragment of HTML (a quiz explanation), whitespace collapsed to single spaces: what
/// search and the GIFT export hold where the source only has HTML. Each thread keeps one parser and the empty body
/// fragments are parsed into; making those is most of the cost of a short fragment.
/// </summary>
public static class HtmlText
{
    private static readonly ThreadLocal<(HtmlParser Parser, IElement Body)> Context = new(() =>
    {
        var parser = new HtmlParser();
        return (parser, parser.ParseDocument(string.Empty).Body!);
    });

    public static string Of(string html)
    {
        if (html.Length == 0)
        {
            return "";
        }

        var (parser, body) = Context.Value;
        var text = string.Join(' ', parser.ParseFragment(html, body).Select(n => n.TextContent));
        return Collapse(text);
    }

    /// <summary>Runs of whitespace as one space, none at either end.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
