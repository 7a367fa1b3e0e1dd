using System.Text;
using SiteGen.Core.Quizzes;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Core.Tests.Quizzes;

public sealed class GiftWriterTests
{
    [Fact]
    public void Escapes_gift_special_characters_and_html()
    {
        Assert.Equal(@"a\~b\=c\#d\{e\}f\:g\\h &lt;img&gt; &amp;", GiftWriter.Escape("a~b=c#d{e}f:g\\h <img> &"));
    }

    [Fact]
    public void Escaped_text_stays_on_one_line()
    {
        Assert.Equal("one two", GiftWriter.Escape("one\n\n  two"));
    }

    [Fact]
    public void Single_answer_question_is_multiple_choice_with_feedback()
    {
        var gift = Write(Question(QuizKind.Choice, ("S3", true), ("EC2", false)) with { ExplanationHtml = "<p>S3: buckets</p>" });

        Assert.Equal("::id1::Which? {\n\t=S3\n\t~EC2\n\t####S3\\: buckets\n}\n", gift);
    }

    [Fact]
    public void Multi_select_question_weights_each_correct_option()
    {
        var gift = Write(Question(QuizKind.Choice, ("A", true), ("B", true), ("C", false)));

        Assert.Contains("\t~%50%A\n\t~%50%B\n\t~%-100%C\n", gift);
    }

    [Fact]
    public void Bullet_question_is_short_answer()
    {
        var gift = Write(Question(QuizKind.Bullet, ("The charter", true)));

        Assert.Equal("::id1::Which? {\n\t=The charter\n}\n", gift);
    }

    [Fact]
    public void Answer_key_question_is_an_essay_with_the_answer_as_feedback()
    {
        var gift = Write(Question(QuizKind.AnswerKey, ("Object storage", true)));

        Assert.Equal("::id1::Which? {\n\t####Answer\\: Object storage.\n}\n", gift);
    }

    private static string Write(QuizQuestion question)
    {
        var gift = new StringBuilder();
        GiftWriter.Question(gift, question);
        return gift.ToString();
    }

    private static QuizQuestion Question(QuizKind kind, params (string Text, bool Correct)[] options) => new()
    {
        Id = "id1",
        Kind = kind,
        StemHtml = "Which?",
        StemText = "Which?",
        Options = [.. options.Select(o => new QuizOption(o.Text, o.Text, o.Correct))],
        Line = 1,
    };
}
