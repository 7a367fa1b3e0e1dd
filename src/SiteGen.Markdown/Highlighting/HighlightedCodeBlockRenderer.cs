using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Renders a code block as Markdig does, highlighted when its fence names a language with a grammar, inside a
/// <c>div.code-block</c> with a copy button that stays hidden until the theme's script shows it.
/// </summary>
public sealed class HighlightedCodeBlockRenderer(CodeBlockRenderer plain, CodeHighlighter highlighter) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            ((IMarkdownObjectRenderer)plain).Write(renderer, block);
            return;
        }

        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"code-block\">");
        if (Highlighted(block) is { } html)
        {
            renderer.Write("<pre><code").WriteAttributes(block).Write('>').Write(html).WriteLine("</code></pre>");
        }
        else
        {
            ((IMarkdownObjectRenderer)plain).Write(renderer, block);
        }

        renderer.WriteLine("<button type=\"button\" class=\"copy-button\" aria-label=\"Copy code\" hidden>Copy</button></div>");
    }

    private string? Highlighted(CodeBlock block)
    {
        if (block is not FencedCodeBlock { Info: { Length: > 0 } language } || !highlighter.Knows(language))
        {
            return null;
        }

        var lines = new string[block.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = block.Lines.Lines[i].Slice.ToString();
        }

        return highlighter.Highlight(language, lines) is { } html ? html + "\n" : null;
    }
}
