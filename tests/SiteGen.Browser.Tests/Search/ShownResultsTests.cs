using Microsoft.Playwright;
using SiteGen.Browser.Tests.Infrastructure;

namespace SiteGen.Browser.Tests.Search;

/// <summary>Results grouped by course: what is clicked, hovered or chosen with the keyboard is the result shown there.</summary>
public sealed class ShownResultsTests(BrowserFixture browser, CoursesSite site) : IClassFixture<BrowserFixture>, IClassFixture<CoursesSite>
{
    [Fact]
    public async Task A_click_on_the_second_result_shown_opens_that_result()
    {
        var page = await Results("orchard");
        var second = page.Locator("[role=option]").Nth(1);
        var href = await second.Locator("a").GetAttributeAsync("href");
        var title = await second.Locator(".search__title").InnerTextAsync();

        await second.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(new Uri(site.Url("index.html")), href).AbsoluteUri);
        Assert.Contains(await page.Locator("h1").First.InnerTextAsync(), title);
    }

    [Fact]
    public async Task Arrow_down_twice_and_enter_opens_the_second_result_shown()
    {
        var page = await Results("orchard");
        var second = page.Locator("[role=option]").Nth(1);
        var href = await second.Locator("a").GetAttributeAsync("href");

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(second).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(new Uri(site.Url("index.html")), href).AbsoluteUri);
    }

    [Fact]
    public async Task Hovering_a_result_selects_the_one_under_the_pointer()
    {
        var page = await Results("orchard");
        var third = page.Locator("[role=option]").Nth(2);

        await third.HoverAsync();

        await Assertions.Expect(third).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.Locator("[role=option][aria-selected=true]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_best_match_comes_first_above_the_course_groups()
    {
        var page = await Results("orchard");

        await Assertions.Expect(page.Locator("[role=option]").First).ToContainTextAsync("Orchard care");
        await Assertions.Expect(page.Locator(".search__course").First).ToHaveTextAsync("Best matches");
    }

    [Fact]
    public async Task A_page_with_every_word_ranks_above_one_with_some()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));

        await page.Locator("input[type=search]").FillAsync("orchard soil");

        await Assertions.Expect(page.Locator("[role=option]").First).ToContainTextAsync("Orchard soil");
        await Assertions.Expect(page.Locator("[role=option] a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("soil\\.html\\?highlight=orchard%20soil#orchard-soil$"));
    }

    /// <summary>The results for <paramref name="query"/> on the home page, settled, in more than one course group.</summary>
    private async Task<IPage> Results(string query)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        await page.Locator("input[type=search]").FillAsync(query);
        await Assertions.Expect(page.Locator("[role=option]").Nth(2)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[role=listbox]")).Not.ToHaveAttributeAsync("aria-busy", "true");
        Assert.True(await page.Locator("[role=group]").CountAsync() >= 2, "the results fall into two course groups");
        return page;
    }
}
