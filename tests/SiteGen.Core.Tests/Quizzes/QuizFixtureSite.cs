using SiteGen.Core.Building;

namespace SiteGen.Core.Tests.Quizzes;

/// <summary>Builds tests/fixtures/quiz (or a folder of notes) once into a temporary folder with the default theme.</summary>
public sealed class QuizFixtureSite : IDisposable
{
    public QuizFixtureSite()
        : this(Path.Combine(RepoRoot, "tests", "fixtures", "quiz"))
    {
    }

    private QuizFixtureSite(string input)
    {
        Output = Path.Combine(Path.GetTempPath(), "sitegen-quiz-" + Guid.NewGuid().ToString("N"));
        Result = SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = input,
            OutputDirectory = Output,
            ThemeDirectory = Path.Combine(RepoRoot, "themes", "default"),
        }.Resolve(RepoRoot));
    }

    /// <summary>Builds another folder of notes the same way.</summary>
    public static QuizFixtureSite Of(string input) => new(input);

    public static string RepoRoot { get; } = FindRepoRoot();

    public string Output { get; }

    public BuildResult Result { get; }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
