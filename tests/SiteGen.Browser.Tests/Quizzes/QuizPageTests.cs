using Microsoft.Playwright;
using SiteGen.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Browser.Tests.Quizzes;

public sealed class QuizPageTests(BrowserFixture browser, QuizSite site) : IClassFixture<BrowserFixture>, IClassFixture<QuizSite>
{
    private const string Single = "Which service stores objects in buckets?";
    private const string Multi = "Which of these are compute services?";

    [Fact]
    public async Task Correct_answer_shows_success_and_the_explanation()
    {
        var page = await Open(QuizSite.LessonA);
        var question = Question(page, Single);
        await Expect(question.Locator(".quiz-explanation")).ToBeHiddenAsync();

        await question.GetByLabel("Amazon S3").CheckAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        await Expect(question).ToHaveAttributeAsync("data-result", "correct");
        await Expect(question.Locator(".quiz-feedback")).ToHaveTextAsync("Correct!");
        await Expect(question.Locator(".quiz-explanation")).ToBeVisibleAsync();
        await Expect(question.Locator(".quiz-explanation")).ToContainTextAsync("Amazon S3 stores objects in buckets.");
        await Expect(page.Locator(".quiz-score__text").First).ToHaveTextAsync("1 of 3 correct");
    }

    [Fact]
    public async Task Wrong_answer_marks_only_the_wrong_choice_and_keeps_the_answer_until_asked()
    {
        var page = await Open(QuizSite.LessonA);
        var question = Question(page, Single);

        await question.GetByLabel("Amazon EC2").CheckAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        await Expect(question).ToHaveAttributeAsync("data-result", "incorrect");
        await Expect(Option(question, "Amazon EC2")).ToHaveAttributeAsync("data-state", "wrong");
        await Expect(Option(question, "Amazon S3")).Not.ToHaveAttributeAsync("data-state", new System.Text.RegularExpressions.Regex("."));
        await Expect(question.Locator(".quiz-explanation")).ToBeHiddenAsync();
        await Expect(question.Locator(".quiz-feedback")).ToContainTextAsync("Not quite");

        await question.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Expect(question).Not.ToHaveAttributeAsync("data-result", "incorrect");
        await Expect(question.GetByLabel("Amazon EC2")).Not.ToBeCheckedAsync();
        await Expect(Option(question, "Amazon EC2")).Not.ToHaveAttributeAsync("data-state", "wrong");
    }

    [Fact]
    public async Task Wrong_multi_select_says_how_many_right_answers_are_missing()
    {
        var page = await Open(QuizSite.LessonA);
        var question = Question(page, Multi);

        await question.GetByLabel("Amazon EC2").CheckAsync();
        await question.GetByLabel("Amazon S3").CheckAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        await Expect(question.Locator(".quiz-feedback")).ToContainTextAsync("1 choice is wrong, 1 right answer is missing");
        await Expect(Option(question, "Amazon S3")).ToHaveAttributeAsync("data-state", "wrong");
        await Expect(Option(question, "AWS Lambda")).Not.ToHaveAttributeAsync("data-state", new System.Text.RegularExpressions.Regex("."));
        await Expect(question.Locator(".quiz-explanation")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Multi_select_check_waits_for_as_many_choices_as_correct_options_and_says_why()
    {
        var page = await Open(QuizSite.LessonA);
        var question = Question(page, Multi);
        var check = question.GetByRole(AriaRole.Button, new() { Name = "Check" });
        await Expect(question.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(4);
        await Expect(check).ToHaveAccessibleDescriptionAsync("Choose 2 answers");

        await question.GetByLabel("Amazon EC2").CheckAsync();
        await Expect(check).ToBeDisabledAsync();
        await Expect(check).ToHaveAccessibleDescriptionAsync("Choose 2 answers (1 chosen)");
        await question.GetByLabel("Amazon S3").CheckAsync();
        await question.GetByLabel("AWS Lambda").CheckAsync();
        await Expect(check).ToBeDisabledAsync();
        await Expect(question.Locator(".quiz-check-why")).ToHaveTextAsync("Too many: choose 2 answers, not 3");
        await question.GetByLabel("Amazon S3").UncheckAsync();
        await Expect(check).ToBeEnabledAsync();
        await check.ClickAsync();

        await Expect(question).ToHaveAttributeAsync("data-result", "correct");
        await Expect(Option(question, "AWS Lambda")).ToHaveAttributeAsync("data-state", "right");
        await Expect(question.Locator(".quiz-explanation")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Show_answer_is_one_control_that_marks_the_answer_and_is_remembered_as_revealed()
    {
        var page = await Open(QuizSite.LessonA);
        var question = Question(page, Single);
        await Expect(question.GetByText("Show answer")).ToHaveCountAsync(1);

        await question.GetByText("Show answer").ClickAsync();

        await Expect(Option(question, "Amazon S3")).ToHaveAttributeAsync("data-state", "missed");
        await Expect(question.Locator(".quiz-explanation")).ToBeVisibleAsync();
        await Expect(question).Not.ToHaveAttributeAsync("data-result", "correct");
        await Expect(page.Locator(".quiz-score__text").First).ToHaveTextAsync("0 of 3 correct, 1 shown");

        await page.ReloadAsync();
        question = Question(page, Single);
        await Expect(question).ToHaveAttributeAsync("data-revealed", "true");
        await Expect(question.Locator(".quiz-explanation")).ToBeVisibleAsync();
        await Expect(page.Locator(".quiz-score__text").First).ToHaveTextAsync("0 of 3 correct, 1 shown");
    }

    [Fact]
    public async Task Progress_survives_a_reload_and_shows_in_course_page_and_sidebar()
    {
        var page = await Open(QuizSite.LessonC);
        foreach (var card in await page.Locator("form.quiz-question").AllAsync())
        {
            await card.GetByText("Show answer").ClickAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = "I knew it" }).ClickAsync();
            await Expect(card).ToHaveAttributeAsync("data-result", "correct");
        }

        await page.ReloadAsync();
        await Expect(page.Locator("form.quiz-question[data-result='correct']")).ToHaveCountAsync(2);
        await Expect(page.Locator(".quiz-score__text")).ToHaveTextAsync("2 of 2 correct");
        await Expect(page.Locator(".sidebar a[data-lesson='docs/one/lesson-c.html']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-quiz-done"));

        await page.GotoAsync(site.Url(QuizSite.CourseOne));
        await Expect(page.Locator(".quiz-progress li[data-lesson='docs/one/lesson-c.html'] .quiz-progress__count"))
            .ToHaveTextAsync("2 of 2 answered, 2 correct");
        await Expect(page.Locator(".quiz-progress li[data-lesson='docs/one/lesson-a.html'] .quiz-progress__count"))
            .ToHaveTextAsync("0 of 4 answered, 0 correct");
    }

    [Fact]
    public async Task Choice_answers_are_restored_after_reload_and_reset_per_quiz()
    {
        var page = await Open(QuizSite.LessonA);
        var question = Question(page, Single);
        await question.GetByLabel("Amazon S3").CheckAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        await page.ReloadAsync();
        question = Question(page, Single);
        await Expect(question).ToHaveAttributeAsync("data-result", "correct");
        await Expect(question.GetByLabel("Amazon S3")).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Reset quiz" }).First.ClickAsync();
        await Expect(question).Not.ToHaveAttributeAsync("data-result", "correct");
        await page.ReloadAsync();
        await Expect(Question(page, Single)).Not.ToHaveAttributeAsync("data-result", "correct");
    }

    [Fact]
    public async Task Options_are_shuffled_on_each_visit()
    {
        var page = await Open(QuizSite.LessonA);
        var orders = new HashSet<string>();
        for (var visit = 0; visit < 12 && orders.Count < 2; visit++)
        {
            await page.ReloadAsync();
            orders.Add(string.Join('|', await Question(page, Multi).Locator(".quiz-option__text").AllTextContentsAsync()));
        }

        Assert.True(orders.Count > 1, "the options came in one order on every visit");
    }

    [Fact]
    public async Task Html_option_shows_as_text()
    {
        var page = await Open(QuizSite.LessonA);

        await Expect(Question(page, "Which tag embeds an image?").GetByLabel("<iframe>")).ToHaveCountAsync(1);
        await Expect(page.Locator(".quiz iframe, .quiz-option span:not(.quiz-option__text):not(.quiz-option__mark)")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Review_page_filters_by_lesson_and_state_and_practises_ten_at_most()
    {
        var page = await Open(QuizSite.ReviewOne);
        var visible = page.Locator("form.quiz-question:visible");
        await Expect(visible).ToHaveCountAsync(6);

        await page.Locator("select.review-filter-lesson").SelectOptionAsync(new SelectOptionValue { Label = "Lesson C" });
        await Expect(visible).ToHaveCountAsync(2);

        var card = visible.First;
        await card.GetByText("Show answer").ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "I didn't" }).ClickAsync();
        await page.Locator("select.review-filter-lesson").SelectOptionAsync(new SelectOptionValue { Label = "All lessons" });
        await page.Locator("select.review-filter-state").SelectOptionAsync("wrong");
        await Expect(visible).ToHaveCountAsync(1);
        await page.Locator("select.review-filter-state").SelectOptionAsync("unanswered");
        await Expect(visible).ToHaveCountAsync(5);

        await page.Locator("select.review-filter-state").SelectOptionAsync("all");
        await page.GetByRole(AriaRole.Button, new() { Name = "10 random questions" }).ClickAsync();
        await Expect(page.Locator(".review-count")).ToHaveTextAsync("Practice: 6 questions shown.");
        await Expect(page.Locator(".quiz-source a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"lesson-[ac]\.html#q-[0-9a-f]+$"));
    }

    [Fact]
    public async Task Printing_gives_a_quiz_sheet_with_the_answers_after_the_questions()
    {
        var page = await Open(QuizSite.LessonA);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator(".quiz-key").First).ToBeVisibleAsync();
        await Expect(page.Locator(".quiz-key").First).ToContainTextAsync("Amazon S3");
        await Expect(page.Locator(".quiz-answer").First).ToBeHiddenAsync();
        await Expect(page.Locator(".quiz-actions").First).ToBeHiddenAsync();
        await Expect(page.Locator(".quiz-score").First).ToBeHiddenAsync();
        await Expect(page.Locator(".quiz-option").First).ToBeVisibleAsync();
    }

    private async Task<IPage> Open(string relativePath)
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(site.Url(relativePath));
        Assert.Empty(errors);
        return page;
    }

    private static ILocator Question(IPage page, string stem) =>
        page.Locator("form.quiz-question").Filter(new() { Has = page.Locator("legend", new() { HasText = stem }) });

    private static ILocator Option(ILocator question, string text) =>
        question.Locator(".quiz-option").Filter(new() { HasText = text });
}
