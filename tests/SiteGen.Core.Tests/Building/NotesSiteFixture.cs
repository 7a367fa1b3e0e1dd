using SiteGen.Core.Building;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// Builds the real notes (<c>&lt;repo&gt;/../shared/notes</c>) once for all the tests of a class, into a temp folder.
/// When the notes are absent (a clone without shared/ beside it) nothing is built and <see cref="Available"/> is false.
/// </summary>
public sealed class NotesSiteFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public NotesSiteFixture()
    {
        Available = Directory.Exists(Notes);
        if (!Available)
        {
            return;
        }

        Result = SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = Notes,
            OutputDirectory = Output,
            ThemeDirectory = RepoPaths.DefaultTheme,
        }.Resolve(_folder.Path));
        Pages = [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Where(p => p != "404.html")
            .Order(StringComparer.Ordinal)];
    }

    public string Notes { get; } = RepoPaths.Notes;

    public bool Available { get; }

    public string Output => _folder.Combine("_site");

    public BuildResult? Result { get; }

    /// <summary>Every built page (not 404.html), site-relative, '/'-separated.</summary>
    public IReadOnlyList<string> Pages { get; } = [];

    public string Read(string page) => File.ReadAllText(Path.Combine(Output, page));

    public void Dispose() => _folder.Dispose();
}
