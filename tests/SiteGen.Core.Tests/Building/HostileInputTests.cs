using System.Runtime.Versioning;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// A pull request's input that tries to reach outside the notes or hang the build: links to /etc, into .git, a folder
/// loop, a FIFO named like a note. Made in a temp folder at test time (links and FIFOs do not live in Git portably),
/// beside the clean notes they sit among, which must still build whole.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly TempFolder _folder = new();

    public HostileInputTests()
    {
        _folder.Write("input/README.md", "# Home\n\n* [Lesson](docs/lesson.md)\n* [Alias](alias.md)\n* [Page](a/page.md)\n* [Deep](a/b/deep.md)\n\n![shared](shared/pic.png)\n");
        _folder.Write("input/docs/lesson.md", "# Lesson\n\n![pic](images/pic.png)\n");
        _folder.WriteBytes("input/docs/images/pic.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3]);
        _folder.Write("input/a/page.md", "# Page\n");
        _folder.Write("input/a/b/deep.md", "# Deep\n");
        _folder.Write("input/.git/config", "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n");
        _folder.Write("outside/secret.md", "# Outside secret\n");
    }

    public void Dispose() => _folder.Dispose();

    private string Input => _folder.Combine("input");

    private string Output => _folder.Combine("_site");

    private string In(string relative) => Path.Combine([Input, .. relative.Split('/')]);

    private SiteOptions Options => new SiteOptions
    {
        InputDirectory = Input,
        OutputDirectory = Output,
        ThemeDirectory = RepoPaths.DefaultTheme,
    }.Resolve(_folder.Path);

    private string[] OutputFiles() =>
        [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))];

    /// <summary>Runs <paramref name="work"/> with a deadline, so a hang fails the test instead of hanging the run.</summary>
    private static T Within<T>(Func<T> work, Action? release = null)
    {
        var task = Task.Run(work);
        if (!task.Wait(Patience))
        {
            release?.Invoke();
            Assert.Fail($"did not finish within {Patience.TotalSeconds} s");
        }

        return task.Result;
    }

    private static string[] Skipped(BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InputEntrySkipped).Select(d => d.Path.Replace('\\', '/'))];

    [UnixFact]
    public void Links_leading_out_of_the_input_are_neither_published_nor_followed_and_each_is_warned()
    {
        File.CreateSymbolicLink(In("secret.png"), "/etc/passwd");
        File.CreateSymbolicLink(In("shadow.md"), "/etc/passwd");
        Directory.CreateSymbolicLink(In("etclink"), "/etc");
        Directory.CreateSymbolicLink(In("docs/escape"), "../../outside");
        File.CreateSymbolicLink(In("token.md"), ".git/config");

        var result = Within(() => SiteBuilder.Build(Options));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(["input/docs/escape", "input/etclink", "input/secret.png", "input/shadow.md", "input/token.md"], Skipped(result).Order());
        Assert.All(result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InputEntrySkipped), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        var files = OutputFiles();
        Assert.DoesNotContain(files, f => f.StartsWith("secret", StringComparison.Ordinal) || f.StartsWith("shadow", StringComparison.Ordinal) ||
            f.StartsWith("etclink", StringComparison.Ordinal) || f.StartsWith("token", StringComparison.Ordinal) || f.Contains("escape", StringComparison.Ordinal));
        var passwd = File.ReadAllLines("/etc/passwd")[0];
        Assert.All(files, f => Assert.DoesNotContain(passwd, File.ReadAllText(Path.Combine(Output, f)), StringComparison.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain("c2VjcmV0", File.ReadAllText(Path.Combine(Output, f)), StringComparison.Ordinal));
    }

    [UnixFact]
    public void Theme_overrides_linking_out_of_their_folder_are_skipped_and_the_shipped_theme_is_used()
    {
        _folder.Write("input/_theme/assets/css/extra.css", "body { color: teal; }\n");
        Directory.CreateDirectory(In("_theme/layouts"));
        Directory.CreateDirectory(In("_theme/partials"));
        File.CreateSymbolicLink(In("_theme/layouts/page.sbn"), "/etc/passwd");
        File.CreateSymbolicLink(In("_theme/partials/footer.sbn"), "/etc/passwd");
        File.CreateSymbolicLink(In("_theme/assets/css/leak.css"), "/etc/passwd");

        var result = Within(() => SiteBuilder.Build(Options));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(["assets/css/leak.css", "layouts/page.sbn", "partials/footer.sbn"],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InputEntrySkipped)
                .Select(d => Path.GetRelativePath(In("_theme"), d.Path).Replace('\\', '/')).Order(StringComparer.Ordinal));
        var passwd = File.ReadAllLines("/etc/passwd")[0];
        Assert.All(OutputFiles(), f => Assert.DoesNotContain(passwd, File.ReadAllText(Path.Combine(Output, f)), StringComparison.Ordinal));
        Assert.Contains(OutputFiles(), f => f.StartsWith("assets/css/extra.", StringComparison.Ordinal));
        Assert.Contains("<main", File.ReadAllText(Path.Combine(Output, "docs", "lesson.html")), StringComparison.Ordinal);
    }

    [UnixFact]
    public void Links_inside_the_input_to_a_note_and_to_a_folder_are_followed()
    {
        File.CreateSymbolicLink(In("alias.md"), "docs/lesson.md");
        Directory.CreateSymbolicLink(In("shared"), "docs/images");

        var result = Within(() => SiteBuilder.Build(Options));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(Skipped(result));
        Assert.Contains("Lesson", File.ReadAllText(Path.Combine(Output, "alias.html")));
        Assert.Equal(File.ReadAllBytes(In("docs/images/pic.png")), File.ReadAllBytes(Path.Combine(Output, "shared", "pic.png")));
    }

    [UnixFact]
    public void A_folder_loop_is_skipped_with_a_warning_and_every_page_is_built_once()
    {
        Directory.CreateSymbolicLink(In("a/loop"), "..");
        Directory.CreateSymbolicLink(In("a/b/up"), "../..");
        Directory.CreateSymbolicLink(In("docs/self"), ".");

        var result = Within(() => SiteBuilder.Build(Options));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(["input/a/b/up", "input/a/loop", "input/docs/self"], Skipped(result).Order());
        Assert.Equal(4, result.Pages);
        Assert.DoesNotContain(OutputFiles(), f => f.Contains("loop", StringComparison.Ordinal) || f.Contains("up/", StringComparison.Ordinal) ||
            f.Contains("self", StringComparison.Ordinal));
    }

    [UnixFact]
    public void Links_that_fan_out_to_one_folder_are_bounded()
    {
        // Each level links twice to the next: 2^12 paths to the last folder without any loop.
        for (var level = 0; level < 12; level++)
        {
            _folder.Write($"input/bomb/l{level}/note.md", $"# Level {level}\n");
            Directory.CreateSymbolicLink(In($"bomb/l{level}/x"), $"../l{level + 1}");
            Directory.CreateSymbolicLink(In($"bomb/l{level}/y"), $"../l{level + 1}");
        }

        _folder.Write("input/bomb/l12/note.md", "# Last\n");

        var result = Within(() => SiteBuilder.Check(Options));

        Assert.True(result.Pages < 13 * (1 + 2 * Core.IO.FolderWalker.MaxVisitsThroughLinks) + 10, $"{result.Pages} pages");
        Assert.NotEmpty(Skipped(result));
    }

    [UnixFact]
    public void A_FIFO_named_like_a_note_is_skipped_with_a_warning_and_never_opened()
    {
        var fifo = In("a.md");
        UnixFiles.MakeFifo(fifo);
        UnixFiles.MakeFifo(In("docs/images/pipe.png"));
        File.AppendAllText(In("docs/lesson.md"), "\n![pipe](images/pipe.png)\n");

        var build = Within(() => SiteBuilder.Build(Options), () => Release(fifo, In("docs/images/pipe.png")));
        var check = Within(() => SiteBuilder.Check(Options), () => Release(fifo, In("docs/images/pipe.png")));

        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        Assert.Equal(["input/a.md", "input/docs/images/pipe.png"], Skipped(build).Order());
        Assert.Equal(["input/a.md", "input/docs/images/pipe.png"], Skipped(check).Order());
        Assert.False(File.Exists(Path.Combine(Output, "a.html")));
        Assert.False(File.Exists(Path.Combine(Output, "docs", "images", "pipe.png")));
    }

    [UnreadableFolderFact]
    [UnsupportedOSPlatform("windows")]
    public void An_unreadable_folder_is_an_error_naming_it()
    {
        var locked = In("docs/locked");
        _folder.Write("input/docs/locked/hidden.md", "# Hidden\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var result = Within(() => UnixFiles.WithoutReadOverride(() => SiteBuilder.Check(Options)));

            var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.FileUnreadable);
            Assert.Equal("input/docs/locked", error.Path.Replace('\\', '/'));
            Assert.True(error.IsError);
            Assert.False(result.Succeeded);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [UnixFact]
    public void A_published_image_is_a_file_of_its_own_so_editing_it_leaves_the_note_image_alone()
    {
        var result = Within(() => SiteBuilder.Build(Options));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var published = Path.Combine(Output, "docs", "images", "pic.png");
        Assert.NotEqual(UnixFiles.Identity(In("docs/images/pic.png")), UnixFiles.Identity(published));
        using (var stream = new FileStream(published, FileMode.Open, FileAccess.Write))
        {
            stream.Write([0, 0, 0]);
        }

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3], File.ReadAllBytes(In("docs/images/pic.png")));
    }

    /// <summary>
    /// Opens each FIFO for reading and writing, which never blocks on Linux and lets a reader blocked on opening it go:
    /// a build that hung on one is released, so the failed test does not hang the test run.
    /// </summary>
    private static void Release(params string[] fifos)
    {
        foreach (var fifo in fifos)
        {
            using var handle = File.OpenHandle(fifo, FileMode.Open, FileAccess.ReadWrite);
        }
    }
}
