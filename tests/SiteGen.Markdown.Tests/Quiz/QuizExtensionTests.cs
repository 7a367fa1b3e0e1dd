using Markdig;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Markdown.Tests.Quiz;

public sealed class QuizExtensionTests
{
    private const string TwoQuestions = """
        ### Knowledge Check

        #### What is Amazon S3?

        * Object storage

        Wrong answers:

        * Block storage

        ##### Explanation

        S3 stores objects.

        #### What is Amazon EBS?

        * Block storage

        Wrong answers:

        * Object storage

        ### Summary
        """;

    [Fact]
    public void UseQuizzes_twice_and_Build_twice_folds_each_quiz_once()
    {
        var builder = new MarkdownPipelineBuilder().UseQuizzes().UseQuizzes();
        builder.Build();
        var pipeline = builder.Build();

        var document = Markdig.Markdown.Parse(TwoQuestions, pipeline);

        Assert.Single(pipeline.Extensions.OfType<QuizExtension>());
        Assert.Equal(2, QuizResults.Get(document).Count);
        var quiz = Assert.Single(document.OfType<QuizBlock>());
        Assert.Equal(2, quiz.Questions.Count());
    }

    [Fact]
    public void Question_and_explanation_headings_leave_the_document()
    {
        var document = QuizParsing.Parse(TwoQuestions);

        var headings = document.OfType<Markdig.Syntax.HeadingBlock>().Select(h => h.Inline!.FirstChild!.ToString());
        Assert.Equal(["Knowledge Check", "Summary"], headings);
    }

    [Fact]
    public void Lines_are_one_based()
    {
        var question = QuizParsing.Questions(TwoQuestions)[0];

        Assert.Equal(3, question.Line);
        Assert.Equal("Knowledge Check", question.Section);
    }

    [Fact]
    public void Ids_come_from_the_page_key_and_normalised_question_text()
    {
        var onePage = QuizParsing.Questions(TwoQuestions, "docs/aci/x/W06.md");
        var samePageAgain = QuizParsing.Questions(TwoQuestions, "docs/aci/x/W06.md");
        var otherPage = QuizParsing.Questions(TwoQuestions, "docs/aci/x/W07.md");

        Assert.Equal(onePage.Select(q => q.Id), samePageAgain.Select(q => q.Id));
        Assert.NotEqual(onePage[0].Id, otherPage[0].Id);
        Assert.Matches("^[0-9a-f]{12}$", onePage[0].Id);
    }

    [Fact]
    public void Questions_that_normalise_equal_on_a_page_get_numbered_ids()
    {
        var markdown = """
            #### What is S3?

            * Storage

            Wrong answers:

            * Compute

            #### What is  s3

            * Storage

            Wrong answers:

            * Compute
            """;

        var questions = QuizParsing.Questions(markdown);

        Assert.Equal(questions[0].Id + "-2", questions[1].Id);
    }

    [Fact]
    public void Kind_serialises_as_its_dialect_name()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new[] { QuizKind.Choice, QuizKind.AnswerKey, QuizKind.Bullet });

        Assert.Equal("""["choice","answer-key","bullet"]""", json);
    }

    [Fact]
    public void Struck_bold_is_a_rejected_alternative_with_or_without_the_strikethrough_extension()
    {
        var markdown = "## Project Management Part 1: Assessment\n* **Culture**. ~~**Budget**.~~ What plays a key role in change?\n";
        var withExtras = new MarkdownPipelineBuilder().UseEmphasisExtras().UseQuizzes().Build();

        var plain = Assert.Single(QuizParsing.Questions(markdown));
        var extras = Assert.Single(QuizResults.Get(Markdig.Markdown.Parse(markdown, withExtras)));

        foreach (var question in new[] { plain, extras })
        {
            Assert.Equal("What plays a key role in change?", question.StemText);
            Assert.Equal([("Culture", true), ("Budget", false)], question.Options.Select(o => (o.Text, o.Correct)));
        }
    }
}
