using SiteGen.Core.Building;

namespace SiteGen.Browser.Tests.Infrastructure;

/// <summary>
/// Builds a fixture site (tests/fixtures/&lt;name&gt;) with the repository's default theme into a temporary folder,
/// once per test class; pages open over file://, as a student opening the built folder would.
/// </summary>
public abstract class SiteFixture : IDisposable
{
    protected SiteFixture(string fixture)
        : this(fixture, null)
    {
    }

    /// <summary>Builds an input that <paramref name="writeInput"/> writes into a temporary folder (names Git cannot hold).</summary>
    protected SiteFixture(Action<string> writeInput)
        : this(null, writeInput)
    {
    }

    private SiteFixture(string? fixture, Action<string>? writeInput)
    {
        Output = Path.Combine(Path.GetTempPath(), "sitegen-browser-" + Guid.NewGuid().ToString("N"));
        var input = fixture is null ? Path.Combine(Output + "-input") : Path.Combine(RepoRoot, "tests", "fixtures", fixture);
        if (writeInput is not null)
        {
            _generatedInput = input;
            writeInput(input);
        }

        Result = SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = input,
            OutputDirectory = Output,
            ThemeDirectory = Path.Combine(RepoRoot, "themes", "default"),
        }.Resolve(RepoRoot));
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("fixture site failed to build:\n" + string.Join('\n', Result.Diagnostics));
        }
    }

    private readonly string? _generatedInput;

    public static string RepoRoot { get; } = FindRepoRoot();

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>The file:// URL of a page by its site-root-relative path.</summary>
    public string Url(string relativePath) => new Uri(Path.Combine(Output, relativePath)).AbsoluteUri;

    public void Dispose()
    {
        foreach (var folder in new[] { Output, _generatedInput }.OfType<string>().Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
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
