using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Browser.Tests.Quizzes;

/// <summary>
/// Real quiz pages of the notes: the hard ones (HTML options, code options, many questions) run without script errors
/// and their quizzes pass axe. The scan covers the quiz sections only: the lessons' own content has findings of its
/// own (code blocks not focusable, raw HTML from the notes) that are not the quizzes'.
/// </summary>
public sealed class NotesQuizPageTests(BrowserFixture browser, NotesQuizSite notes) : IClassFixture<BrowserFixture>, IClassFixture<NotesQuizSite>
{
    [Theory]
    [InlineData("docs/aci/170-developer-Intermediate-1/W010WebTechnologiesAndHTMLOverview.html")]
    [InlineData("docs/aci/165-developer-fundamentals-2/W08TechnicalInterviews.html")]
    [InlineData("docs/aci/120-aws-cloud-foundations/w08security1.html")]
    [InlineData("docs/aci/100-aws-business-foundations/w10projectmanagementp1.html")]
    [InlineData("docs/aci/120-aws-cloud-foundations/review.html")]
    public async Task Real_quiz_page_has_no_serious_axe_violation_or_script_error(string path)
    {
        if (notes.Output is null)
        {
            return;
        }

        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(notes.Url(path));
        await Expect(page.Locator(".quiz-score").First).ToBeVisibleAsync();

        await page.AddScriptTagAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "vendor", "axe.min.js") });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run({ include: [['.quiz']] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) })))");

        Assert.Empty(errors);
        Assert.True(JsonDocument.Parse(json).RootElement.GetArrayLength() == 0, json);
    }
}
