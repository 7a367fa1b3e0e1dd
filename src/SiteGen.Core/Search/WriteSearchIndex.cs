using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Search;

/// <summary>
/// Adds the search index (<see cref="SearchIndexScript.IndexPath"/>), its shards of the inverted index and one
/// snippet file per page, built from the search text <see cref="ExtractSearchText"/> kept and the quiz questions of
/// each page; nothing loads them until a reader goes to the search box.
/// </summary>
public sealed class WriteSearchIndex(string pagesPipeline) : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> extras, BuildContext context)
    {
        var documents = context.Outputs[pagesPipeline].Where(d => d.Has(SearchKeys.Text) && d.Has(DocumentKeys.Page)).ToArray();
        var pages = new SearchPage[documents.Length];
        Parallel.For(0, documents.Length, i => pages[i] = Page(documents[i])); // each quiz explanation's HTML is parsed for its text
        var index = SearchIndexBuilder.Build(pages);
        var shards = SearchIndexScript.Shards(SearchTerms.Of(index));
        var files = new Document[1 + shards.Count + index.Pages.Count];
        files[0] = SearchIndexScript.Index(index, shards, script => context.Finish(Document.Create(SearchIndexScript.IndexPath, SearchIndexScript.IndexPath), script));
        Parallel.For(0, shards.Count + index.Pages.Count, i =>
        {
            if (i < shards.Count)
            {
                var path = SearchIndexScript.ShardPath(shards[i].Key);
                files[1 + i] = SearchIndexScript.Shard(shards[i], script => context.Finish(Document.Create(path, path), script));
            }
            else
            {
                var page = i - shards.Count;
                var path = SearchIndexScript.PagePath(page);
                files[1 + i] = SearchIndexScript.Page(index, page, script => context.Finish(Document.Create(path, path), script));
            }
        });
        return [.. extras, .. files];
    }

    private SearchPage Page(Document document)
    {
        var info = document.Get<PageInfo>(DocumentKeys.Page);
        var course = document.Find<PageNavigation>(DocumentKeys.Navigation)?.Course?.Title;
        var url = string.Join('/', info.OutputPath.Split('/').Select(PagePaths.EscapeSegment));
        return new SearchPage(url, info.Title, course, document.Get<SearchPageText>(SearchKeys.Text),
            QuizSearchQuestions.Of(document));
    }
}
