using Markdig;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Markdown.Tests.Quiz;

public sealed class HtmlQuizRendererTests
{
    private const string MultiSelect = """
        ### Knowledge Check

        #### Which services support RegEx? (Select TWO.)

        * Amazon CloudWatch
        * Amazon Athena

        Wrong answers:

        * Amazon S3

        ##### Explanation

        Both **search** logs.
        """;

    [Fact]
    public void Fallback_markup_hides_the_answer_in_a_closed_details()
    {
        var html = QuizParsing.Html(MultiSelect);

        Assert.Contains("<section class=\"quiz\" data-quiz-section=\"Knowledge Check\">", html, StringComparison.Ordinal);
        Assert.Matches("<fieldset class=\"quiz-question\" data-question-id=\"[0-9a-f]{12}\" data-kind=\"choice\" data-multi=\"true\">", html);
        Assert.Contains("<legend>Which services support RegEx? (Select TWO.)</legend>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("type=\"checkbox\"").Length - 1);
        Assert.Contains("<details class=\"quiz-answer\"><summary>Show answer</summary>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" open", html, StringComparison.Ordinal);
        Assert.Contains("<p>Both <strong>search</strong> logs.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h5", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_answer_questions_use_radio_buttons()
    {
        var html = QuizParsing.Html("#### Which?\n\n* A\n\nWrong answers:\n\n* B\n");

        Assert.Equal(2, html.Split("type=\"radio\"").Length - 1);
        Assert.Contains("data-multi=\"false\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderQuiz_delegate_replaces_the_fallback_markup()
    {
        QuizBlockModel? seen = null;
        var pipeline = new MarkdownPipelineBuilder()
            .UseQuizzes(new QuizOptions { RenderQuiz = model => { seen = model; return "<theme-quiz></theme-quiz>"; } })
            .Build();

        var html = Markdig.Markdown.ToHtml(MultiSelect, pipeline);

        Assert.Contains("<theme-quiz></theme-quiz>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<fieldset", html, StringComparison.Ordinal);
        Assert.NotNull(seen);
        Assert.Equal("Knowledge Check", seen.Section);
        Assert.Equal("<p>Both <strong>search</strong> logs.</p>", Assert.Single(seen.Questions).ExplanationHtml);
    }

    [Fact]
    public void Explanations_are_rendered_with_the_page_pipeline_extensions()
    {
        var pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().UseQuizzes().Build();
        var markdown = "#### Which?\n\n* A\n\nWrong answers:\n\n* B\n\nNot ~~B~~.\n";

        var html = Markdig.Markdown.ToHtml(markdown, pipeline);

        Assert.Contains("<del>B</del>", html, StringComparison.Ordinal);
    }
}
