using AngleSharp.Html.Parser;

namespace SiteGen.Core.Search;

/// <summary>
/// The words a reader sees in a piece of HTML (a quiz explanation), whitespace collapsed: what a
/// <see cref="SearchQuestion"/> holds when its source only has HTML.
/// </summary>
public static class HtmlSearchText
{
    public static string Of(string html)
    {
        if (html.Length == 0)
        {
            return "";
        }

        var parser = new HtmlParser();
        var body = parser.ParseDocument(string.Empty).Body!;
        var text = string.Join(' ', parser.ParseFragment(html, body).Select(n => n.TextContent));
        return string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
