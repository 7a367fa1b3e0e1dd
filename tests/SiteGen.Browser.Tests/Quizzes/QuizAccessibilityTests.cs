using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Browser.Tests.Quizzes;

public sealed class QuizAccessibilityTests(BrowserFixture browser, QuizSite site) : IClassFixture<BrowserFixture>, IClassFixture<QuizSite>
{
    [Fact]
    public async Task Keyboard_alone_answers_retries_and_focus_follows()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url(QuizSite.LessonA));
        var question = page.Locator("form.quiz-question").First;

        await question.Locator("input").First.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Check" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(question).ToHaveAttributeAsync("data-result", new System.Text.RegularExpressions.Regex("^(correct|incorrect)$"));
        await Expect(question.Locator(".quiz-feedback")).ToBeFocusedAsync();
        await Expect(question.Locator(".quiz-feedback")).Not.ToBeEmptyAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(question.Locator("input").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(question.Locator("input:checked")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Feedback_is_announced_through_a_live_region()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url(QuizSite.LessonA));

        await Expect(page.Locator("form.quiz-question .quiz-feedback").First).ToHaveAttributeAsync("role", "status");
        await Expect(page.Locator(".quiz-score__text").First).ToHaveAttributeAsync("aria-live", "polite");
    }

    [Fact]
    public async Task Without_javascript_answers_wait_in_a_closed_details()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Url(QuizSite.LessonA));
        var question = page.Locator("form.quiz-question").First;

        await Expect(question.Locator(".quiz-option")).ToHaveCountAsync(3);
        await Expect(question.Locator(".quiz-actions")).ToBeHiddenAsync();
        await Expect(question.Locator(".quiz-explanation")).ToBeHiddenAsync();
        await Expect(question.Locator(".quiz-correct")).ToBeHiddenAsync();

        await question.Locator("summary", new() { HasText = "Show answer" }).ClickAsync();
        await Expect(question.Locator(".quiz-correct")).ToContainTextAsync("Amazon S3");
        await Expect(question.Locator(".quiz-explanation")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Pages_load_no_inline_script()
    {
        foreach (var path in new[] { QuizSite.LessonA, QuizSite.ReviewOne, QuizSite.CourseOne })
        {
            var page = await browser.NewPageAsync(javaScript: false);
            await page.GotoAsync(site.Url(path));
            await Expect(page.Locator("script:not([src])")).ToHaveCountAsync(0);
            await Expect(page.Locator("[onclick], [onchange], [onsubmit], [onload]")).ToHaveCountAsync(0);
        }
    }

    [Theory]
    [InlineData(QuizSite.LessonA)]
    [InlineData(QuizSite.LessonC)]
    [InlineData(QuizSite.ReviewOne)]
    [InlineData(QuizSite.CourseOne)]
    public async Task Axe_finds_no_serious_or_critical_violations(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        var first = page.Locator("form.quiz-question[data-mode='choice']").First;
        if (await first.CountAsync() > 0)
        {
            // Scan the checked state too: marks, feedback and the opened explanation.
            await first.Locator("input").First.CheckAsync();
            await first.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        }

        await page.AddScriptTagAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "vendor", "axe.min.js") });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document)).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')) })))");

        var serious = JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => v.ToString())
            .ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
    }
}
