using Microsoft.Playwright;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Search;

namespace SiteGen.Browser.Tests.Search;

/// <summary>Quiz questions as their own results, on the input notes with one question given to the lesson.</summary>
public sealed class QuizSearchTests(SearchSiteFixture fixture) : IClassFixture<SearchSiteFixture>, IDisposable
{
    private const string Lesson = "docs/aci/170-developer-Intermediate-1/W062AWSElasticBeanstalkPythonSupport.md";

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
        BuildWithQuestion(new SearchQuestion("w062-1", "Which mechanism lets the application read the DynamoDB table?",
            ["An instance profile", "Hard-coded keys"], "The instance profile avoids impersonation of a user."));
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_site, "index.html")).AbsoluteUri);

        await page.Locator("input[type=search]").FillAsync("impersonation");

        var first = page.Locator("[role=option]").First;
        await Assertions.Expect(first.Locator(".search__kind")).ToHaveTextAsync("Quiz question");
        await Assertions.Expect(first).ToContainTextAsync("Which mechanism lets the application read the DynamoDB table?");
        await Assertions.Expect(first.Locator(".search__snippet mark")).ToHaveTextAsync("impersonation");
        await Assertions.Expect(first.Locator("a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("W062AWSElasticBeanstalkPythonSupport\\.html\\?highlight=impersonation#q-w062-1$"));
    }

    private void BuildWithQuestion(SearchQuestion question)
    {
        var root = SearchSiteFixture.RepositoryRoot;
        var options = new SiteOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            OutputDirectory = _site,
            ThemeDirectory = Path.Combine(root, "themes", "default"),
        }.Resolve(root);
        var diagnostics = new DiagnosticBag();
        var context = SiteBuilder.CreateContext(options, diagnostics);
        var pipelines = SiteBuilder.Pipelines(_site)
            .Select(p => p.Name == SiteBuilder.Pages ? p with { Process = p.Process.Add(new AddQuizQuestions(Lesson, [question])) } : p)
            .ToList();
        PipelineRunner.Run(pipelines, context);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
    }
}
