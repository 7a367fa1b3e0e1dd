using System.Text;
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
        return document.With(SearchKeys.Text, SearchPageText.Of(title, Sections(syntax, title)));
    }

    public static IReadOnlyList<SearchSection> Sections(MarkdownDocument syntax, string title)
    {
        var sections = new List<SearchSection>();
        var current = new SearchSection("", title, 0, "");
        var text = new StringBuilder();
        Walk(syntax);
        Close();
        return sections;

        void Walk(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock heading when heading.GetAttributes().Id is { Length: > 0 } id:
                        Close();
                        current = new SearchSection(id, PlainText.Of(heading), heading.Level, "");
                        break;
                    case CodeBlock or HtmlBlock:
                        break;
                    case LeafBlock leaf:
                        SectionText.Append(text, leaf);
                        break;
                    case ContainerBlock child:
                        Walk(child);
                        break;
                }
            }
        }

        void Close()
        {
            var words = SectionText.Finish(text);
            if (words.Length > 0 || current.Anchor.Length > 0)
            {
                sections.Add(current with { Text = words });
            }

            text.Clear();
        }
    }
}
