using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Core.Documents;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Syntax;

namespace SiteGen.Core.Stages;

/// <summary>Learns a page's title (its first H1), headings, links and description into a <see cref="PageInfo"/>.</summary>
public sealed class DescribePage : DocumentStage
{
    protected override Document Process(Document document, BuildContext context)
    {
        var syntax = document.Get<MarkdownDocument>(DocumentKeys.Syntax);
        var headings = new List<Heading>();
        string? title = null;
        foreach (var heading in syntax.Descendants<HeadingBlock>())
        {
            var text = PlainText.Of(heading);
            if (heading.Level == 1 && title is null && text.Length > 0)
            {
                title = text;
            }

            var id = heading.GetAttributes().Id;
            if (id is not null && text.Length > 0)
            {
                headings.Add(new Heading(heading.Level, id, text));
            }
        }

        title ??= headings.FirstOrDefault()?.Text ?? TitleFromFileName(document.SourcePath);
        var links = document.Find<List<PageLink>>(RewriteLinks.LinksKey) ?? [];
        var info = new PageInfo(document.SourcePath, document.DestinationPath, title, headings, links)
        {
            Description = PageDescription.Of(syntax),
        };
        return document.With(DocumentKeys.Page, info);
    }

    private static string TitleFromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.Equals("README", StringComparison.OrdinalIgnoreCase) || name.Equals("index", StringComparison.OrdinalIgnoreCase)
            ? (PagePaths.Folder(path).Split('/')[^1] is { Length: > 0 } folder ? folder : "Home")
            : name.Replace('-', ' ').Replace('_', ' ');
    }
}
