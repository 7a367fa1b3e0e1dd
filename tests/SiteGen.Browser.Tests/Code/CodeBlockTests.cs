using Microsoft.Playwright;
using SiteGen.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Browser.Tests.Code;

/// <summary>Highlighted code as a reader sees it: coloured tokens, a copy button with script, none without.</summary>
public sealed class CodeBlockTests(BrowserFixture browser, CodeSite site) : IClassFixture<BrowserFixture>, IClassFixture<CodeSite>
{
    /// <summary>Records what the page copies: headless Chromium has no clipboard to read back from file://.</summary>
    private const string RecordClipboard =
        "Object.defineProperty(navigator, 'clipboard', { value: { writeText: function (text) { window.__copied = text; return Promise.resolve(); } } });";

    [Fact]
    public async Task Copy_puts_the_code_exactly_as_written_on_the_clipboard()
    {
        var page = await browser.NewPageAsync();
        await page.AddInitScriptAsync(RecordClipboard);
        await page.GotoAsync(site.Url(CodeSite.Page));
        var block = page.Locator(".code-block").Filter(new() { Has = page.Locator("code.language-python") });
        var button = block.GetByRole(AriaRole.Button, new() { Name = "Copy code" });

        await Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();

        await Expect(button).ToHaveTextAsync("Copied");
        var copied = await page.EvaluateAsync<string>("window.__copied");
        Assert.Equal(
            "import boto3\n\ndef handler(event, context):\n    # one comment\n    return {\"statusCode\": 200}\n",
            copied);
    }

    [Fact]
    public async Task Tokens_are_coloured_apart_from_plain_text_in_light_and_dark()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var context = await browser.Browser.NewContextAsync(new() { ColorScheme = scheme });
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url(CodeSite.Page));

            var keyword = await Colour(page.Locator("code.language-python .hl-keyword").First);
            var comment = await Colour(page.Locator("code.language-python .hl-comment").First);
            var property = await Colour(page.Locator("code.language-json .hl-property").First);
            var plain = await Colour(page.Locator("code:not([class])").First);

            Assert.Equal(4, new[] { keyword, comment, property, plain }.Distinct().Count());
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Without_javascript_the_code_is_still_highlighted_and_no_copy_button_shows()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Url(CodeSite.Page));

        await Expect(page.Locator("code.language-json .hl-string").First).ToHaveTextAsync("\"22SEP2024\"");
        await Expect(page.Locator(".copy-button").First).ToBeHiddenAsync();
        await Expect(page.Locator("code:not([class])")).ToContainTextAsync("<b>shown as written</b>");
    }

    [Fact]
    public async Task On_a_phone_the_copy_button_stays_in_view_above_the_first_line_of_code()
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(RecordClipboard);
        await page.GotoAsync(site.Url(CodeSite.Page));
        var block = page.Locator(".code-block").Filter(new() { Has = page.Locator("code.language-python") });

        var opacity = await block.Locator(".copy-button").EvaluateAsync<string>("b => getComputedStyle(b).opacity");
        var button = await block.Locator(".copy-button").BoundingBoxAsync();
        var firstLineTop = await block.Locator("code").EvaluateAsync<float>(
            "code => { const range = document.createRange(); range.setStart(code.firstChild, 0); range.setEnd(code.firstChild, 1); return range.getBoundingClientRect().top + window.scrollY; }");

        Assert.True(float.Parse(opacity, System.Globalization.CultureInfo.InvariantCulture) > 0.5, $"copy button opacity {opacity}");
        Assert.True(button!.Y + button.Height <= firstLineTop, $"button ends at {button.Y + button.Height}, code starts at {firstLineTop}");
        await context.CloseAsync();
    }

    private static Task<string> Colour(ILocator locator) =>
        locator.EvaluateAsync<string>("element => getComputedStyle(element).color");
}
