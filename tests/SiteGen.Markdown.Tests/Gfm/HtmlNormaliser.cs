using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Markdown.Tests.Gfm;

/// <summary>
/// The comparison GitHub's spec runner makes (cmark's <c>test/normalize.py</c>), on a parsed tree instead of a token
/// stream: both sides are parsed by AngleSharp as a fragment of a body and written back canonically — tag names in
/// lower case, attributes sorted by name, entities decoded and only <c>&amp; &lt; &gt; "</c> escaped, runs of
/// whitespace outside <c>pre</c> collapsed to one space and whitespace next to a block tag dropped. Two more
/// equivalences: a boolean attribute's value (<c>disabled="disabled"</c> equals <c>disabled=""</c>, as HTML reads
/// it), and what GitHub.com adds after cmark-gfm has rendered, which SiteGen's pipeline adds while rendering: the
/// <c>id</c> of a heading (GitHub's anchors) and the task-list classes <c>contains-task-list</c> and
/// <c>task-list-item</c> (GitHub's task-list filter adds the same). The site's chrome around code is taken off too: the
/// <c>div.code-block</c> wrapper, its copy button and the highlighter's <c>span</c>s inside <c>pre</c> (their text stays).
/// </summary>
internal static class HtmlNormaliser
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button", "object", "canvas",
        "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div", "section", "dl", "table", "td", "dt",
        "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul",
        "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style",
    };

    private static readonly HashSet<string> VoidTags = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> BooleanAttributes = new(StringComparer.Ordinal) { "checked", "disabled" };

    private static readonly HtmlParser Parser = new();

    public static string Normalise(string html)
    {
        var context = Parser.ParseDocument("").Body!;
        var nodes = Parser.ParseFragment(html, context);
        var text = new StringBuilder();
        WriteChildren(nodes, parentIsBlock: true, inPre: false, text);
        return text.ToString();
    }

    private static void WriteChildren(INodeList nodes, bool parentIsBlock, bool inPre, StringBuilder text)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            switch (nodes[i])
            {
                case IElement { LocalName: "button" } button when button.ClassList.Contains("copy-button"):
                    break;
                case IElement { LocalName: "div" } wrapper when wrapper.ClassList.Contains("code-block"):
                    WriteChildren(wrapper.ChildNodes, parentIsBlock: true, inPre, text);
                    break;
                case IElement { LocalName: "span" } token when inPre:
                    WriteChildren(token.ChildNodes, parentIsBlock: false, inPre, text);
                    break;
                case IElement element:
                    WriteElement(element, inPre, text);
                    break;
                case IText node:
                    var data = node.Data;
                    if (!inPre)
                    {
                        data = CollapseWhitespace(data);
                        if (i == 0 ? parentIsBlock : IsBlock(nodes[i - 1]))
                        {
                            data = data.TrimStart(' ');
                        }

                        if (i == nodes.Length - 1 ? parentIsBlock : IsBlock(nodes[i + 1]))
                        {
                            data = data.TrimEnd(' ');
                        }
                    }

                    Escape(data, attribute: false, text);
                    break;
                case IComment comment:
                    text.Append("<!--").Append(comment.Data).Append("-->");
                    break;
            }
        }
    }

    private static void WriteElement(IElement element, bool inPre, StringBuilder text)
    {
        var name = element.LocalName;
        var heading = name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';
        text.Append('<').Append(name);
        foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            if ((heading && attribute.Name == "id") || (attribute.Name == "class" && attribute.Value is "contains-task-list" or "task-list-item"))
            {
                continue;
            }

            var value = BooleanAttributes.Contains(attribute.Name) && attribute.Value == attribute.Name ? "" : attribute.Value;
            text.Append(' ').Append(attribute.Name).Append("=\"");
            Escape(value, attribute: true, text);
            text.Append('"');
        }

        text.Append('>');
        if (VoidTags.Contains(name))
        {
            return;
        }

        var children = element is AngleSharp.Html.Dom.IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes;
        WriteChildren(children, BlockTags.Contains(name), inPre || name == "pre", text);
        text.Append("</").Append(name).Append('>');
    }

    private static bool IsBlock(INode node) => node is IElement element && BlockTags.Contains(element.LocalName);

    private static string CollapseWhitespace(string data)
    {
        var text = new StringBuilder(data.Length);
        var space = false;
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                space = true;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return space ? text.Append(' ').ToString() : text.ToString();
    }

    private static void Escape(string data, bool attribute, StringBuilder text)
    {
        foreach (var c in data)
        {
            _ = c switch
            {
                '&' => text.Append("&amp;"),
                '<' => text.Append("&lt;"),
                '>' => text.Append("&gt;"),
                '"' when attribute => text.Append("&quot;"),
                _ => text.Append(c),
            };
        }
    }
}
