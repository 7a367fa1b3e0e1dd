using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Core.Documents;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Syntax;

namespace SiteGen.Core.Search;

/// <summary>
/// Keeps what search needs of a page (<see cref="SearchKeys.Text"/>): its plain text per heading, read from the syntax
/// tree before it is rendered (no HTML to parse again), as its words and snippets. Code blocks and raw HTML blocks are
/// left out.
/// </summary>
public sealed class ExtractSearchText : DocumentStage
{
    protected override Document Process(Document document, BuildContext context)
    {
        var syntax = document.Get<MarkdownDocument>(DocumentKeys.Syntax);
        var title = document.Find<PageInfo>(DocumentKeys.Page)?.Title ?? "";
        return document.With(SearchKeys.Text, Text(syntax, title));
    }

    /// <summary>
    /// The page's text from one heading with an id to the next: the lead-in before the first one is found under the page
    /// title; a heading with no text under it still counts, so it can be found by its words.
    /// </summary>
    public static SearchPageText Text(MarkdownDocument syntax, string title) => SearchPageText.Build(page =>
    {
        var text = new VisibleText(4096);
        var (anchor, heading, level) = ("", title, 0);
        Walk(syntax);
        Close();

        void Walk(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock headingBlock when headingBlock.GetAttributes().Id is { Length: > 0 } id:
                        Close();
                        (anchor, heading, level) = (id, PlainText.Of(headingBlock), headingBlock.Level);
                        break;
                    case CodeBlock or HtmlBlock:
                        break;
                    case LeafBlock leaf:
                        text.Space();
                        text.Append(leaf);
                        break;
                    case ContainerBlock child:
                        Walk(child);
                        break;
                }
            }
        }

        void Close()
        {
            if (text.Length > 0 || anchor.Length > 0)
            {
                page.Add(anchor, heading, level, text.Span);
            }

            text.Clear();
        }
    });
}
