using SiteGen.Core.Search;

namespace SiteGen.Core.Tests.Search;

public sealed class SearchVocabularyTests
{
    [Fact]
    public void Gives_each_word_one_number_however_many_threads_ask_at_once()
    {
        // Given words no other test uses, asked for from many threads in different orders
        var words = Enumerable.Range(0, 20_000).Select(i => $"vocabularytest{i}").ToArray();
        var seen = new int[8][];

        // When
        Parallel.For(0, seen.Length, t => seen[t] = [.. (t % 2 == 0 ? words : words.Reverse()).Select(w => SearchVocabulary.IdOf(w))]);

        // Then every thread got the same number for a word, distinct words got distinct numbers, and each number gives its word back
        var ids = seen[0];
        Assert.All(seen.Where((_, t) => t % 2 == 0), other => Assert.Equal(ids, other));
        Assert.All(seen.Where((_, t) => t % 2 == 1), other => Assert.Equal(ids.Reverse(), other));
        Assert.Equal(words.Length, ids.Distinct().Count());
        Assert.Equal(words, ids.Select(SearchVocabulary.Word));
        Assert.All(ids, id => Assert.True(id < SearchVocabulary.Count));
    }
}
