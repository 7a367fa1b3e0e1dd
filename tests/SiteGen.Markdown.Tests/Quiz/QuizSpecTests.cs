namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>Runs every example of Specs/QuizSpecs.md: the spec doubles as the authors' guide to quiz shapes.</summary>
public sealed class QuizSpecTests
{
    public static TheoryData<SpecExample> Examples() => [.. SpecFile.Read("Specs/QuizSpecs.md")];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_is_recognised_as_specified(SpecExample example)
    {
        var document = QuizParsing.Parse(example.Markdown);

        var actual = QuizSpecFormat.Describe(
            SiteGen.Markdown.Quiz.QuizResults.Get(document), SiteGen.Markdown.Quiz.QuizResults.GetDiagnostics(document));

        Assert.Equal(example.Expected, actual);
    }
}
