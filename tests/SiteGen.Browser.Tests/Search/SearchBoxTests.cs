using Microsoft.Playwright;

namespace SiteGen.Browser.Tests.Search;

/// <summary>The search box of the default theme, on the repository's own notes, from a file:// copy.</summary>
public sealed class SearchBoxTests(SearchSiteFixture site) : IClassFixture<SearchSiteFixture>
{

    private const string Lesson = "docs/aci/170-developer-Intermediate-1/W062AWSElasticBeanstalkPythonSupport.html";

    [Fact]
    public async Task Nothing_of_the_index_loads_before_search_opens()
    {
        var page = await Open("index.html");

        var loaded = await page.EvaluateAsync<bool>(
            "() => performance.getEntriesByType('resource').some(r => /search\\/|search-engine|stemmer/.test(r.name))");

        Assert.False(loaded);
    }

    [Fact]
    public async Task A_word_from_a_lesson_lists_that_lesson_first()
    {
        var page = await Open("index.html");

        await page.Locator("input[type=search]").FillAsync("preprovisioned");

        var first = page.Locator("[role=option]").First;
        await Assertions.Expect(first).ToContainTextAsync("Week 6: AWS Elastic Beanstalk Python Support");
        await Assertions.Expect(first.Locator("mark").First).ToHaveTextAsync("preprovisioned");
        await Assertions.Expect(page.Locator("[role=group]").First).ToHaveAttributeAsync("aria-labelledby", "search-course-0");
    }

    [Fact]
    public async Task A_typo_still_finds_the_lesson()
    {
        var page = await Open("index.html");

        await page.Locator("input[type=search]").FillAsync("preprovisoned");

        await Assertions.Expect(page.Locator("[role=option]").First).ToContainTextAsync("Elastic Beanstalk");
    }

    [Fact]
    public async Task Heading_matches_rank_above_body_matches()
    {
        var page = await Open("index.html");

        await page.Locator("input[type=search]").FillAsync("persistent storage");

        await Assertions.Expect(page.Locator("[role=option] .search__title").First).ToContainTextAsync("Persistent storage");
    }

    [Fact]
    public async Task Keyboard_only_a_result_opens_at_its_heading_with_the_words_marked()
    {
        var page = await Open("index.html");

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("preprovisioned");
        // Wait for the results of the whole word, not of the first letters typed, before moving through them.
        await Assertions.Expect(page.Locator("[role=option]").First).ToContainTextAsync("Persistent storage");
        await page.Keyboard.PressAsync("ArrowDown");
        var input = page.Locator("input[type=search]");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", "search-result-0");
        await Assertions.Expect(page.Locator("#search-result-0")).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(input).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await ArrivesAt(page, Lesson, "?highlight=preprovisioned#persistent-storage");
        await Assertions.Expect(page.Locator("mark.search-hit").First).ToHaveTextAsync("preprovisioned");
        await Assertions.Expect(page.Locator("#persistent-storage")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Escape_closes_the_results_and_ctrl_k_focuses_the_box()
    {
        var page = await Open("index.html");

        await page.Keyboard.PressAsync("Control+k");
        await page.Keyboard.TypeAsync("beanstalk");
        await Assertions.Expect(page.Locator(".search__panel")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator(".search__panel")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("input[type=search]")).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task A_click_on_a_result_lands_on_its_heading()
    {
        var page = await Open(Lesson);

        await page.Locator("input[type=search]").FillAsync("ebextensions");
        await Settled(page);
        await page.Locator("[role=option] a[href$='#persistent-storage']").ClickAsync();

        await ArrivesAt(page, Lesson, "?highlight=ebextensions#persistent-storage");
        await Assertions.Expect(page.Locator("#persistent-storage")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task On_a_phone_the_results_fit_the_screen_and_a_tap_opens_one()
    {
        var page = await Open("index.html", new ViewportSize { Width = 375, Height = 740 }, touch: true);

        await page.Locator("input[type=search]").TapAsync();
        await page.Keyboard.TypeAsync("ebextensions");
        var panel = page.Locator(".search__panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        var box = (await panel.BoundingBoxAsync())!;
        Assert.InRange(box.X, 0, 375);
        Assert.InRange(box.X + box.Width, 0, 375);
        await Settled(page);
        await page.Locator("[role=option] a[href$='#persistent-storage']").TapAsync();

        await ArrivesAt(page, Lesson, "?highlight=ebextensions#persistent-storage");
    }

    /// <summary>
    /// Polls the page's address until it is <paramref name="path"/>'s with <paramref name="queryAndFragment"/>. Not <c>WaitForURLAsync</c>: in loaded full
    /// runs it sometimes waited out its 90 s for a file:// navigation that had long since happened (the page's
    /// address was already the lesson's), where this check passes at once.
    /// </summary>
    private Task ArrivesAt(IPage page, string path, string queryAndFragment) =>
        Assertions.Expect(page).ToHaveURLAsync(site.Url(path) + queryAndFragment);

    /// <summary>
    /// Waits until every result's snippet is in: each one arriving pushes the results below it down, so a tap aimed
    /// at a result before then can land on its neighbour.
    /// </summary>
    private static Task Settled(IPage page) =>
        Assertions.Expect(page.Locator("[role=listbox]")).Not.ToHaveAttributeAsync("aria-busy", "true");

    private async Task<IPage> Open(string path, ViewportSize? viewport = null, bool touch = false)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1200, Height = 800 },
            HasTouch = touch,
            IsMobile = touch,
        });
        await page.GotoAsync(site.Url(path));
        return page;
    }
}
