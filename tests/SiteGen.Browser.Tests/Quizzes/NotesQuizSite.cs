using SiteGen.Core.Building;

namespace SiteGen.Browser.Tests.Quizzes;

/// <summary>
/// The real notes (<c>&lt;repo-root&gt;/../shared/notes</c>, read-only) built once, when present; on machines without
/// them <see cref="Output"/> is null and the tests return early.
/// </summary>
public sealed class NotesQuizSite : IDisposable
{
    public NotesQuizSite()
    {
        var notes = FindNotes();
        if (notes is null)
        {
            return;
        }

        Output = Path.Combine(Path.GetTempPath(), "sitegen-notes-" + Guid.NewGuid().ToString("N"));
        var result = SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = notes,
            OutputDirectory = Output,
            ThemeDirectory = Path.Combine(Infrastructure.SiteFixture.RepoRoot, "themes", "default"),
        }.Resolve(Infrastructure.SiteFixture.RepoRoot));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the notes failed to build:\n" + string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        }
    }

    public string? Output { get; }

    public string Url(string relativePath) => new Uri(Path.Combine(Output!, relativePath)).AbsoluteUri;

    public void Dispose()
    {
        if (Output is not null && Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

    private static string? FindNotes()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var notes = Path.Combine(dir.FullName, "shared", "notes");
            if (Directory.Exists(Path.Combine(notes, "docs")))
            {
                return notes;
            }
        }

        return null;
    }
}
