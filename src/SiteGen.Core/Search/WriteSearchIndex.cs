using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Search;

/// <summary>
/// Adds the search index (<see cref="SearchIndexScript.IndexPath"/>) and one snippet file per page, built from
/// the search text <see cref="ExtractSearchText"/> kept and the quiz questions of each page; nothing loads them
/// until a reader opens search.
/// </summary>
public sealed class WriteSearchIndex(string pagesPipeline) : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> extras, BuildContext context)
    {
        var documents = context.Outputs[pagesPipeline].Where(d => d.Has(SearchKeys.Text) && d.Has(DocumentKeys.Page)).ToArray();
        var pages = new SearchPage[documents.Length];
        Parallel.For(0, documents.Length, i => pages[i] = Page(documents[i])); // each quiz explanation's HTML is parsed for its text
        var index = SearchIndexBuilder.Build(pages);
        var files = new Document[index.Pages.Count + 1];
        files[0] = SearchIndexScript.Index(index, script => context.Finish(Document.Create(SearchIndexScript.IndexPath, SearchIndexScript.IndexPath), script));
        Parallel.For(0, index.Pages.Count, i =>
        {
            var path = SearchIndexScript.PagePath(i);
            files[i + 1] = SearchIndexScript.Page(index, i, script => context.Finish(Document.Create(path, path), script));
        });
        return [.. extras, .. files];
    }

    private SearchPage Page(Document document)
    {
        var info = document.Get<PageInfo>(DocumentKeys.Page);
        var course = document.Find<PageNavigation>(DocumentKeys.Navigation)?.Course?.Title;
        var url = PagePaths.Url(info.OutputPath);
        return new SearchPage(url, info.Title, course, document.Get<SearchPageText>(SearchKeys.Text),
            QuizSearchQuestions.Of(document));
    }
}
