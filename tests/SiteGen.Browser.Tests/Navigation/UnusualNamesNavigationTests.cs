using Microsoft.Playwright;
using SiteGen.Browser.Tests.Infrastructure;
using SiteGen.Core.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Browser.Tests.Navigation;

/// <summary>Clicking through a course whose file names would break naive links: every click lands, no script runs.</summary>
public sealed class UnusualNamesNavigationTests(BrowserFixture browser, UnusualNamesSite site)
    : IClassFixture<BrowserFixture>, IClassFixture<UnusualNamesSite>
{
    [Fact]
    public async Task Each_sidebar_link_opens_its_lesson_and_no_dialog_appears()
    {
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync(site.FileUrl(UnusualNames.Course + "/index.html"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Course \"1\" <b>");

        for (var i = 0; i < UnusualNames.Lessons.Length; i++)
        {
            var link = page.Locator(".sidebar .nav-lessons a[data-lesson]").Nth(i + 1); // after "Course overview"
            var lesson = await link.GetAttributeAsync("data-lesson");
            await link.ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync(UnusualNames.Titles[i]);
            await Expect(page.Locator("article[data-page]")).ToHaveAttributeAsync("data-page", lesson!);
            await Expect(page.Locator($".sidebar a[aria-current=page]")).ToHaveAttributeAsync("data-lesson", lesson!);
            var expected = Path.Combine([site.Output, .. UnusualNames.Course.Split('/'), Path.ChangeExtension(UnusualNames.Lessons[i], ".html")]);
            Assert.Equal(expected, Uri.UnescapeDataString(new Uri(page.Url).AbsolutePath));
        }

        Assert.Empty(dialogs);
        Assert.Equal(0, await page.Locator("img").CountAsync());
    }

    [Fact]
    public async Task Previous_and_next_links_walk_the_course_in_order()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.FileUrl(UnusualNames.Course + "/index.html"));
        foreach (var title in UnusualNames.Titles)
        {
            await page.Locator(".pager__next").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        }

        await page.Locator(".pager__prev").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(UnusualNames.Titles[^2]);
    }
}
