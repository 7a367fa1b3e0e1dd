using SiteGen.Core.Search;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Search;

/// <summary>
/// The C# stemmer the build indexes with gives the stems the browser's stemmer.js gives, as listed in
/// tests/fixtures/search-stems.tsv (the browser test StemmerTests checks stemmer.js against the same file).
/// </summary>
public sealed class PorterStemmerTests
{
    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        var file = Path.Combine(RepoPaths.Root, "tests", "fixtures", "search-stems.tsv");
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Stems_a_word_as_the_browser_does(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void The_shared_vectors_are_there_and_many() => Assert.True(Vectors().Count() >= 150);
}
