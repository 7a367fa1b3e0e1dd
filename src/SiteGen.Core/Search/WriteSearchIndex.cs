using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Search;

/// <summary>
/// Adds the search index (<see cref="SearchIndexScript.IndexPath"/>), its shards of the inverted index and each
/// page's snippet file (in parts of about <see cref="SearchIndexScript.PartBytes"/>), built from the search text <see cref="ExtractSearchText"/> kept and the quiz questions of
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
        var parts = new IReadOnlyList<int>[index.Pages.Count];
        Parallel.For(0, index.Pages.Count, i => parts[i] = SearchIndexScript.PartStarts(index.Pages[i]));
        var shardFiles = new Document[shards.Count];
        var pageFiles = new Document[index.Pages.Count][];
        var indexFile = SearchIndexScript.Index(index, parts, shards, script => context.Finish(Document.Create(SearchIndexScript.IndexPath, SearchIndexScript.IndexPath), script));
        Parallel.For(0, shards.Count + index.Pages.Count, i =>
        {
            if (i < shards.Count)
            {
                var path = SearchIndexScript.ShardPath(shards[i].Key);
                shardFiles[i] = SearchIndexScript.Shard(shards[i], script => context.Finish(Document.Create(path, path), script));
                return;
            }

            var page = i - shards.Count;
            pageFiles[page] = new Document[parts[page].Count];
            for (var part = 0; part < parts[page].Count; part++)
            {
                var path = SearchIndexScript.PagePath(page, part);
                pageFiles[page][part] = SearchIndexScript.Page(index, page, parts[page], part, script => context.Finish(Document.Create(path, path), script));
            }
        });
        Document[] files = [indexFile, .. shardFiles, .. pageFiles.SelectMany(f => f)];
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
