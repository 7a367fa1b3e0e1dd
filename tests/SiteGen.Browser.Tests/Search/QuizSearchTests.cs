using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.Core.Building;

namespace SiteGen.Browser.Tests.Search;

/// <summary>Quiz questions as their own results, on the input notes whose lesson has a Pre-assessment.</summary>
public sealed class QuizSearchTests(SearchSiteFixture fixture) : IClassFixture<SearchSiteFixture>, IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "sitegen-quiz-search-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_site))
        {
            Directory.Delete(_site, recursive: true);
        }
    }

    [Fact]
    public async Task A_quiz_question_is_found_by_a_word_of_its_explanation()
    {
        var root = SearchSiteFixture.RepositoryRoot;
        var result = SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            OutputDirectory = _site,
            ThemeDirectory = Path.Combine(root, "themes", "default"),
        }.Resolve(root));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_site, "index.html")).AbsoluteUri);

        await page.Locator("input[type=search]").FillAsync("containers");

        var question = page.Locator("[role=option]").Filter(new() { Has = page.Locator(".search__kind", new() { HasText = "Quiz question" }) }).First;
        await Assertions.Expect(question).ToContainTextAsync("Which is the programming language that is not supported?");
        await Assertions.Expect(question.Locator(".search__snippet mark").First).ToHaveTextAsync("containers");
        await Assertions.Expect(question.Locator("a")).ToHaveAttributeAsync("href",
            new Regex(@"W062AWSElasticBeanstalkPythonSupport\.html\?highlight=containers#q-[0-9a-f]{12}(-\d+)?$"));
    }
}
