using SiteGen.Markdown.Quiz;

namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>Near misses are warnings with a one-based position, never a silent fallback. Codes, not wording.</summary>
public sealed class QuizDiagnosticsTests
{
    [Fact]
    public void Misspelt_marker_is_SG0301_at_its_line()
    {
        var diagnostic = Assert.Single(QuizResults.GetDiagnostics(QuizParsing.Parse("#### Which?\n\n* A\n\nWrong anwser\n\n* B\n")));

        Assert.Equal((QuizDiagnosticCodes.NearMissMarker, 5, 1, QuizSeverity.Warning), (diagnostic.Code, diagnostic.Line, diagnostic.Column, diagnostic.Severity));
    }

    [Fact]
    public void Question_without_correct_option_is_SG0302()
    {
        Assert.Equal([QuizDiagnosticCodes.NoCorrectOption], QuizParsing.Codes("#### Which?\n\nWrong answers:\n\n* B\n"));
    }

    [Fact]
    public void Question_without_wrong_option_is_SG0303()
    {
        Assert.Equal([QuizDiagnosticCodes.NoWrongOption], QuizParsing.Codes("#### Which?\n\n* A\n\nWrong answers:\n\nNone.\n"));
    }

    [Fact]
    public void Correct_option_repeated_among_wrong_ones_is_SG0304()
    {
        Assert.Equal([QuizDiagnosticCodes.CorrectOptionAlsoWrong], QuizParsing.Codes("#### Which?\n\n* A\n\nWrong answers:\n\n* B\n* A\n"));
    }

    [Fact]
    public void Second_marker_is_SG0305_and_no_new_question()
    {
        var markdown = "#### Which?\n\n* A\n\nWrong answers:\n\n* B\n\nWrong answers:\n\n* C\n";

        Assert.Equal([QuizDiagnosticCodes.SecondMarker], QuizParsing.Codes(markdown));
        Assert.Single(QuizParsing.Questions(markdown));
    }

    [Fact]
    public void Select_count_disagreeing_with_correct_options_is_SG0306()
    {
        Assert.Equal([QuizDiagnosticCodes.SelectCountMismatch], QuizParsing.Codes("#### Which? (Select THREE.)\n\n* A\n* B\n\nWrong answers:\n\n* C\n"));
    }

    [Fact]
    public void Unanswered_question_in_quiz_section_is_SG0307_and_stays_content()
    {
        var markdown = "### Pre-assessment\n\n#### Which one?\n\n### Next topic\n";

        Assert.Equal([QuizDiagnosticCodes.NoRecognisableAnswer], QuizParsing.Codes(markdown));
        Assert.Empty(QuizParsing.Questions(markdown));
    }

    [Fact]
    public void Well_formed_quiz_has_no_diagnostics()
    {
        Assert.Empty(QuizParsing.Codes("#### Which?\n\n* A\n\nWrong answers:\n\n* B\n"));
    }

    [Theory]
    [InlineData("Wrong asnwers:")]
    [InlineData("Wromg answers:")]
    [InlineData("Wrong answer:")]
    [InlineData("Wrong answers")]
    [InlineData("Wrong:")]
    public void Recognised_but_misspelt_marker_is_SG0308_with_its_repair(string marker)
    {
        var markdown = $"#### Which?\n\n* A\n\n{marker}\n\n* B\n";

        var diagnostic = Assert.Single(QuizResults.GetDiagnostics(QuizParsing.Parse(markdown)));

        Assert.Equal((QuizDiagnosticCodes.MisspeltMarker, 5, 1), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Equal((marker, "Wrong answers:"), diagnostic.Fix);
        Assert.Single(QuizParsing.Questions(markdown));
    }

    [Theory]
    [InlineData("Wrong answers:")]
    [InlineData("Wrong Answers:")]
    [InlineData("Incorrect answers:")]
    [InlineData("Incorrect options:")]
    public void Marker_in_a_standard_wording_is_not_reported(string marker)
    {
        Assert.Empty(QuizParsing.Codes($"#### Which?\n\n* A\n\n{marker}\n\n* B\n"));
    }

    [Fact]
    public void Near_miss_marker_carries_its_repair()
    {
        var diagnostic = Assert.Single(QuizResults.GetDiagnostics(QuizParsing.Parse("#### Which?\n\n* A\n\nWrong anwser\n\n* B\n")));

        Assert.Equal(("Wrong anwser", "Wrong answers:"), diagnostic.Fix);
    }
}
