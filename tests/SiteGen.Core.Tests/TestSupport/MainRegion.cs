using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Core.Tests.TestSupport;

/// <summary>
/// Extracts a built page's <c>&lt;main&gt;</c> (the content, not the chrome) with whitespace normalised:
/// runs of whitespace become one space, and each block-level tag starts a line, so golden files diff well.
/// </summary>
internal static partial class MainRegion
{
    public static string Of(string pageHtml)
    {
        var document = new HtmlParser().ParseDocument(pageHtml);
        var main = document.QuerySelector("main") ?? throw new InvalidOperationException("the page has no <main>");
        return Normalise(main.OuterHtml);
    }

    public static string Normalise(string html)
    {
        var collapsed = Whitespace().Replace(html, " ");
        var lines = ClosingBlockTag().Replace(OpeningBlockTag().Replace(collapsed, "\n$1"), "$1\n");
        return string.Join('\n', lines.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)) + "\n";
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private const string BlockNames = "main|article|nav|p|h[1-6]|ul|ol|li|table|thead|tbody|tr|th|td|pre|div|section|details|summary|blockquote|hr|br|img";

    [GeneratedRegex(@"(<(?:" + BlockNames + @")\b)")]
    private static partial Regex OpeningBlockTag();

    [GeneratedRegex(@"(</(?:" + BlockNames + @")>)")]
    private static partial Regex ClosingBlockTag();
}
