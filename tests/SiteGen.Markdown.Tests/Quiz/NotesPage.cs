using SiteGen.Markdown.Quiz;

namespace SiteGen.Markdown.Tests.Quiz;

/// <summary>One page of the real notes, parsed with quizzes on.</summary>
internal sealed record NotesPage(string Key, IReadOnlyList<QuizQuestion> Questions, IReadOnlyList<QuizDiagnostic> Diagnostics)
{
    public static NotesPage Load(string root, string key)
    {
        var document = QuizParsing.Parse(File.ReadAllText(Path.Combine(root, key)), key);
        return new NotesPage(key, QuizResults.Get(document), QuizResults.GetDiagnostics(document));
    }

    /// <summary>The question whose heading (or bullet) is on the given one-based line.</summary>
    public QuizQuestion At(int line) => Assert.Single(Questions, q => q.Line == line);
}
