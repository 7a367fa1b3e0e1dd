using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace SiteGen.Markdown.Gfm;

/// <summary>
/// GitHub's only extra emphasis: text between one or two tildes is struck through (<c>~x~</c>, <c>~~x~~</c>).
/// Markdig's emphasis extras read one tilde as subscript, <c>^</c> as superscript, <c>++</c> and <c>==</c> as
/// inserted and marked text; GitHub shows all of those as written.
/// </summary>
public sealed class StrikethroughExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.FindExact<EmphasisInlineParser>() is { } parser && !parser.EmphasisDescriptors.Any(d => d.Character == '~'))
        {
            parser.EmphasisDescriptors.Add(new EmphasisDescriptor('~', 1, 2, true));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<EmphasisInlineRenderer>() is { } emphasis)
        {
            var previous = emphasis.GetTag;
            emphasis.GetTag = inline => inline.DelimiterChar == '~' ? "del" : previous(inline);
        }
    }
}
