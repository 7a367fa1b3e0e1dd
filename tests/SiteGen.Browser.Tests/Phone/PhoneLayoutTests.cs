using SiteGen.Browser.Tests.Infrastructure;
using SiteGen.Browser.Tests.Quizzes;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Browser.Tests.Phone;

/// <summary>A student on a phone: no page scrolls sideways, and a contents link shows its heading below the sticky header.</summary>
public sealed class PhoneLayoutTests(BrowserFixture browser, PhoneSite site, NotesQuizSite notes)
    : IClassFixture<BrowserFixture>, IClassFixture<PhoneSite>, IClassFixture<NotesQuizSite>
{
    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(430)]
    public async Task No_page_is_wider_than_the_screen(int width)
    {
        var page = await PhoneLayout.OpenAsync(browser.Browser, width);
        var wide = new List<string>();
        foreach (var file in Pages(site.Output))
        {
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            if (await PhoneLayout.OverflowAsync(page) is { } overflow)
            {
                wide.Add($"{Path.GetRelativePath(site.Output, file)}: {overflow}");
            }
        }

        Assert.True(wide.Count == 0, string.Join('\n', wide));
    }

    [SkippableFact]
    public async Task No_page_of_the_notes_is_wider_than_a_390_px_screen()
    {
        Skip.If(notes.Output is null, "the notes (../shared/notes) are not beside this repository");

        var page = await PhoneLayout.OpenAsync(browser.Browser, 390);
        var wide = new List<string>();
        foreach (var file in Pages(notes.Output!))
        {
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            if (await PhoneLayout.OverflowAsync(page) is { } overflow)
            {
                wide.Add($"{Path.GetRelativePath(notes.Output!, file)}: {overflow}");
            }
        }

        Assert.True(wide.Count == 0, string.Join('\n', wide));
    }

    [Fact]
    public async Task A_contents_link_shows_its_heading_below_the_header()
    {
        var page = await PhoneLayout.OpenAsync(browser.Browser, 390);
        await page.GotoAsync(site.Url("docs/course/W02ManySections.html"));
        var contents = page.Locator(".toc-inline");
        var links = contents.Locator("a");
        var count = await links.CountAsync();
        Assert.True(count >= 10, $"{count} contents links");

        foreach (var index in new[] { count - 1, count / 2, 1 })
        {
            await page.EvaluateAsync("() => document.querySelector('.toc-inline').open = true");
            await Expect(links.Nth(index)).ToBeVisibleAsync();
            var id = (await links.Nth(index).GetAttributeAsync("href"))!.TrimStart('#');
            await links.Nth(index).ClickAsync();

            var headerBottom = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().bottom");
            var headingTop = await page.EvaluateAsync<double>($"() => document.getElementById('{id}').getBoundingClientRect().top");
            Assert.True(headingTop >= headerBottom && headingTop < PhoneLayout.Height / 2,
                $"#{id}: heading at {headingTop}px, header ends at {headerBottom}px");
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        }
    }

    [Fact]
    public async Task A_link_to_a_heading_from_another_page_lands_below_the_header()
    {
        var page = await PhoneLayout.OpenAsync(browser.Browser, 390);

        await page.GotoAsync(site.Url("docs/course/W02ManySections.html") + "#section-9");

        var headerBottom = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().bottom");
        var headingTop = await page.EvaluateAsync<double>("() => document.getElementById('section-9').getBoundingClientRect().top");
        Assert.InRange(headingTop, headerBottom, PhoneLayout.Height / 2.0);
    }

    private static IEnumerable<string> Pages(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
