using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace SiteGen.Markdown.Html;

/// <summary>
/// One thread's HtmlSanitizer, set up for what the notes use: the elements <see cref="HtmlTags"/> calls markup, the
/// sanitiser's own attribute allowlist (no event handlers, no <c>srcdoc</c>) plus <c>class</c>, <c>id</c> and the
/// video ones, URLs only with http, https, mailto or no scheme (<see cref="SafeUrl"/> has the last word), and no
/// <c>url(</c>, <c>expression</c> or escapes in a style.
/// </summary>
internal sealed partial class TagSanitiser
{
    private static readonly string[] ExtraAttributes = ["class", "id", "controls", "loop", "muted", "poster"];

    private readonly HtmlSanitizer _sanitizer = new();

    private readonly HtmlParser _parser;

    private readonly List<HtmlRemoval> _removals = [];

    private bool _styleRemoved;

    public TagSanitiser()
    {
        _sanitizer.AllowedTags.Clear();
        _sanitizer.AllowedTags.UnionWith(HtmlTags.MarkupNames);
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        _sanitizer.AllowedAttributes.UnionWith(ExtraAttributes);
        _sanitizer.AllowDataAttributes = false;
        _sanitizer.DisallowCssPropertyValue = UnsafeStyle();
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (!SafeUrl.IsSafe(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        _sanitizer.RemovingTag += (_, e) => _removals.Add(new HtmlRemoval($"element <{e.Tag.LocalName}>"));
        _sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Reason is not (RemoveReason.StyleAttributeEmpty or RemoveReason.ClassAttributeEmpty))
            {
                _removals.Add(Attribute(e.Attribute.Name, e.Attribute.Value, e.Reason == RemoveReason.NotAllowedUrlValue));
            }
        };
        _sanitizer.RemovingStyle += (_, _) => _styleRemoved = true; // once per tag: a shorthand goes as several longhands
        _sanitizer.RemovingAtRule += (_, e) => _removals.Add(new HtmlRemoval($"style rule '{e.Rule.CssText}'"));
        _sanitizer.RemovingCssClass += (_, e) => _removals.Add(new HtmlRemoval($"class '{e.CssClass}'"));
        _parser = _sanitizer.HtmlParserFactory();
    }

    public SanitisedTag Sanitise(string tag)
    {
        var name = HtmlTags.NameOf(tag)!.ToLowerInvariant();
        var document = _parser.ParseDocument("<!doctype html><html><body>" + Context(name) + tag);
        var element = document.Body!.Descendants<IElement>().FirstOrDefault(e => e.LocalName == name);
        if (element is null)
        {
            return new SanitisedTag(Escape(tag), [new HtmlRemoval($"<{name}> tag the HTML parser cannot read (an unclosed quote?)")]) { ShownAsText = true };
        }

        var before = element.Attributes.Select(a => (a.Name, a.Value)).ToList();
        _removals.Clear();
        _styleRemoved = false;
        _sanitizer.SanitizeDom(document, document.Body as AngleSharp.Html.Dom.IHtmlElement);
        if (_styleRemoved)
        {
            _removals.Add(new HtmlRemoval($"style '{before.First(a => a.Name == "style").Value}' (in part or whole)"));
        }

        if (document.Body?.Contains(element) != true)
        {
            return new SanitisedTag(Escape(tag), [.. _removals]) { ShownAsText = true };
        }

        if (element.GetAttribute("style") is { } style && !_styleRemoved && UnsafeStyle().IsMatch(before.First(a => a.Name == "style").Value))
        {
            // The CSS parser drops declarations it does not know before the sanitiser sees them: judge the text as written.
            element.RemoveAttribute("style");
            _removals.Add(new HtmlRemoval($"style '{style}'"));
        }

        var after = element.Attributes.Select(a => (a.Name, a.Value)).ToList();
        if (_removals.Count == 0 && SameAttributes(before, after))
        {
            return new SanitisedTag(tag, []);
        }

        return new SanitisedTag(StartTag(element), [.. _removals]);
    }

    /// <summary>The parents a table part needs: parsed on its own, a lone <c>&lt;td&gt;</c> is dropped.</summary>
    private static string Context(string name) => name switch
    {
        "td" or "th" => "<table><tbody><tr>",
        "tr" => "<table><tbody>",
        "tbody" or "thead" or "tfoot" or "caption" or "colgroup" => "<table>",
        "col" => "<table><colgroup>",
        _ => "",
    };

    private static HtmlRemoval Attribute(string name, string value, bool url)
    {
        var shown = value.Length > 60 ? value[..60] + "…" : value;
        var unsafeUrl = url || (!SafeUrl.IsSafe(value) && name is "href" or "src" or "poster" or "action" or "formaction" or "xlink:href" or "background" or "cite");
        return new HtmlRemoval($"attribute {name}=\"{shown}\"", unsafeUrl ? value : null);
    }

    /// <summary>Same names and values, in order; a style's text may differ (the sanitiser rewrites what it keeps).</summary>
    private static bool SameAttributes(List<(string Name, string Value)> before, List<(string Name, string Value)> after) =>
        before.Count == after.Count && before.Zip(after).All(p => p.First.Name == p.Second.Name && (p.First.Name == "style" || p.First.Value == p.Second.Value));

    private static string StartTag(IElement element)
    {
        var html = new StringBuilder("<").Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            html.Append(' ').Append(attribute.Name).Append("=\"").Append(EscapeAttribute(attribute.Value)).Append('"');
        }

        return html.Append('>').ToString();
    }

    private static string EscapeAttribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <summary>What a style must not hold: markup, <c>url(</c> (images from anywhere), <c>expression</c>, CSS escapes.</summary>
    [GeneratedRegex(@"[<>\\]|url\s*\(|expression|javascript|behavior|binding|@import", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeStyle();
}
