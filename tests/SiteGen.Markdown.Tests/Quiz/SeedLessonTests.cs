using SiteGen.Markdown.Quiz;
using Xunit.Abstractions;

namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>The seed lesson (shared/seed beside the repository) has 10 dialect-A questions in three quiz sections.</summary>
public sealed class SeedLessonTests(ITestOutputHelper output)
{
    [Fact]
    public void Recognises_all_ten_seed_questions()
    {
        if (NotesCorpus.Seed is not { } seed)
        {
            output.WriteLine("Skipped: no shared/seed beside the repository.");
            return;
        }

        var text = File.ReadAllText(Path.Combine(seed, "w06-elastic-beanstalk-python-support.md"));
        var document = QuizParsing.Parse(text, "docs/aci/seed/w06-elastic-beanstalk-python-support.md");

        var questions = QuizResults.Get(document);
        Assert.Equal(10, questions.Count);
        Assert.All(questions, q => Assert.Equal((QuizKind.Choice, 1, 3), (q.Kind, q.CorrectCount, q.Options.Count - q.CorrectCount)));
        Assert.Equal(["Pre-assessment", "Knowledge Check", "Pre-assessment"], document.OfType<QuizBlock>().Select(b => b.Section));
        Assert.Empty(QuizResults.GetDiagnostics(document));
    }
}
