using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.Browser.Tests.Infrastructure;

namespace SiteGen.Browser.Tests.Search;

/// <summary>
/// The index the build wrote, queried as it is (no indexing in the browser), from file://: the first query of a cold
/// page, the shards it loads, typos, the real result count, and the stemmer agreeing with the build's.
/// </summary>
public sealed class FirstQueryTests(SearchSiteFixture site) : IClassFixture<SearchSiteFixture>
{
    [Fact]
    public async Task The_first_query_of_a_cold_page_is_answered_loading_only_the_shards_of_its_word()
    {
        var page = await Open();

        // Typed at once: the box's focus starts the loading, the word arrives before anything has loaded
        await page.Locator("input[type=search]").PressSequentiallyAsync("beanstalk");

        await Assertions.Expect(page.Locator("[role=option]").First).ToContainTextAsync("Elastic Beanstalk");
        var shards = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('script[src]')].map(s => s.src).filter(n => /\\/search\\/t\\//.test(n))");
        var all = Directory.GetFiles(Path.Combine(site.Site, "assets", "search", "t")).Length;
        Assert.NotEmpty(shards);
        Assert.All(shards, s => Assert.Matches(@"/t/b[a-z0-9_]*\.js$", s));
        Assert.True(shards.Length < all / 4, $"{shards.Length} of {all} shards loaded");
        Assert.False(await page.EvaluateAsync<bool>("() => 'MiniSearch' in window"));
    }

    [Fact]
    public async Task Loading_starts_when_the_pointer_comes_to_the_box()
    {
        var page = await Open();

        await page.Locator("input[type=search]").HoverAsync();

        await page.WaitForFunctionAsync("() => typeof window.SiteGenSearchEngine === 'function' && typeof window.stemmer === 'function'");
        Assert.Equal("", await page.Locator("input[type=search]").InputValueAsync());
    }

    [Theory]
    [InlineData("preprovisoned")]  // a letter left out
    [InlineData("beanstalck")]     // a letter too many
    [InlineData("elastci beanstalk")] // two letters swapped
    public async Task A_slip_in_a_long_word_still_finds_the_lesson(string query)
    {
        var page = await Open();

        await page.Locator("input[type=search]").FillAsync(query);

        await Assertions.Expect(page.Locator("[role=option]").First).ToContainTextAsync("Elastic Beanstalk");
    }

    [Fact]
    public async Task A_short_word_is_not_flooded_with_near_misses()
    {
        var page = await Open();

        await page.Locator("input[type=search]").FillAsync("zzq");

        await Assertions.Expect(page.Locator(".search__status")).ToHaveTextAsync("No results");
    }

    [Fact]
    public async Task The_count_is_every_match_and_more_are_shown_on_request()
    {
        var page = await Open();

        await page.Locator("input[type=search]").FillAsync("the");
        await Assertions.Expect(page.Locator(".search__status")).ToHaveTextAsync(new Regex(@"^\d+ results$"));
        var total = int.Parse((await page.Locator(".search__status").InnerTextAsync()).Split(' ')[0]);
        var options = page.Locator("[role=option]");

        Assert.True(total > 10, $"{total} results");
        await Assertions.Expect(options).ToHaveCountAsync(10);
        await page.Locator(".search__more").ClickAsync();
        await Assertions.Expect(options).ToHaveCountAsync(Math.Min(20, total));
    }

    [Fact]
    public async Task The_browser_stems_as_the_build_does()
    {
        var page = await Open();
        await page.Locator("input[type=search]").FocusAsync();
        await page.WaitForFunctionAsync("() => typeof window.stemmer === 'function'");
        var vectors = File.ReadLines(Path.Combine(SiteFixture.RepoRoot, "tests", "fixtures", "search-stems.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToArray();

        var stems = await page.EvaluateAsync<string[]>("words => words.map(w => window.stemmer(w))", vectors.Select(v => v[0]).ToArray());

        Assert.Equal(vectors.Select(v => v[1]), stems);
    }

    private async Task<IPage> Open()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        return page;
    }
}
