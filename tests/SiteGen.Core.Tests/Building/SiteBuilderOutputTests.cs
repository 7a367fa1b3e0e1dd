using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.IO;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

/// <summary>What a build does to its output folder: refuses what is not its own, swaps whole, cleans up, one at a time.</summary>
public sealed class SiteBuilderOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Fixture => Path.Combine(RepoPaths.FixtureSites, "encoding", "input");

    private string Output => _folder.Combine("out", "_site");

    public void Dispose() => _folder.Dispose();

    private static SiteOptions Options(string output, string? input = null, bool force = false) => new SiteOptions
    {
        InputDirectory = input ?? Fixture,
        OutputDirectory = output,
        ThemeDirectory = RepoPaths.DefaultTheme,
        Force = force,
    }.Resolve(input ?? Fixture);

    private static BuildResult Build(string output, bool force = false) => SiteBuilder.Build(Options(output, force: force));

    private static string[] Codes(BuildResult result) => [.. result.Diagnostics.Where(d => d.IsError).Select(d => d.Code)];

    /// <summary>Everything beside the output folder, by name.</summary>
    private string[] Beside() => [.. Directory.EnumerateFileSystemEntries(_folder.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void Marks_the_site_as_its_own_and_builds_into_it_again()
    {
        Assert.True(Build(Output).Succeeded);
        Assert.Equal(SiteMarker.Content, File.ReadAllText(Path.Combine(Output, SiteMarker.Name)));

        var again = Build(Output);

        Assert.True(again.Succeeded, string.Join('\n', again.Diagnostics));
        Assert.Equal(["._site.lock", "_site"], Beside());
    }

    [Fact]
    public void A_folder_it_did_not_write_is_refused_SG0002_and_kept_then_replaced_with_force()
    {
        // Given someone's folder at the output path
        _folder.Write("out/_site/notes.txt", "mine");

        var refused = Build(Output);

        Assert.False(refused.Succeeded);
        Assert.Equal([DiagnosticCodes.OutputRefused], Codes(refused));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Output, "notes.txt")));

        var forced = Build(Output, force: true);

        Assert.True(forced.Succeeded, string.Join('\n', forced.Diagnostics));
        Assert.False(File.Exists(Path.Combine(Output, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(Output, SiteMarker.Name)));
    }

    [Fact]
    public void A_failure_between_the_renames_of_the_swap_keeps_the_previous_site_SG0003()
    {
        // Given a previous site, and a system without the exchange whose second rename fails
        Assert.True(Build(Output).Succeeded);
        File.WriteAllText(Path.Combine(Output, "previous.html"), "previous");

        var result = SiteBuilder.Build(Options(Output), new FolderSwap(new FailingFolderMoves { FailMove = 2 }));

        Assert.False(result.Succeeded);
        Assert.Equal([DiagnosticCodes.OutputWriteFailed], Codes(result));
        Assert.Equal("previous", File.ReadAllText(Path.Combine(Output, "previous.html")));
        Assert.True(File.Exists(Path.Combine(Output, "index.html")));
        Assert.Equal(["._site.lock", "_site"], Beside());
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_removed_by_the_next_build()
    {
        // Given a staging and a swapped-out folder a killed build left, and folders that only look like them
        var guid = Guid.NewGuid().ToString("N");
        _folder.Write($"out/._site.tmp-{guid}/index.html", "half a site");
        _folder.Write($"out/._site.old-{guid}/index.html", "an old site");
        _folder.Write($"out/.blog.tmp-{guid}/index.html", "another output's");
        _folder.Write("out/._site.tmp-mine/notes.txt", "not a guid");

        Assert.True(Build(Output).Succeeded);

        Assert.Equal(["._site.lock", "._site.tmp-mine", $".blog.tmp-{guid}", "_site"], Beside());
    }

    [Fact]
    public void A_second_build_while_another_holds_the_lock_fails_SG0006_and_leaves_the_site()
    {
        // Given a previous site, and the lock held as a running build holds it
        Assert.True(Build(Output).Succeeded);
        File.WriteAllText(Path.Combine(Output, "previous.html"), "previous");
        var staging = _folder.Write($"out/._site.tmp-{Guid.NewGuid():N}/index.html", "the running build's");

        using (var held = OutputLock.TryAcquire(Output))
        {
            Assert.NotNull(held);

            var second = Build(Output);

            // Then it fails at once, touching neither the site nor the running build's staging folder
            Assert.False(second.Succeeded);
            Assert.Equal([DiagnosticCodes.OutputLocked], Codes(second));
            Assert.True(File.Exists(Path.Combine(Output, "previous.html")));
            Assert.True(File.Exists(staging));
        }

        // And once the lock is released, a build goes ahead
        Assert.True(Build(Output).Succeeded);
        Assert.False(File.Exists(Path.Combine(Output, "previous.html")));
    }

    [Fact]
    public void The_lock_is_the_same_for_every_spelling_of_the_output()
    {
        using var held = OutputLock.TryAcquire(RealPath.Of(Output));

        var second = Build(_folder.Combine("out", ".", "x", "..", "_site") + Path.DirectorySeparatorChar);

        Assert.Equal([DiagnosticCodes.OutputLocked], Codes(second));
    }

    [UnixFact]
    public void An_output_through_a_link_to_its_own_folder_is_refused_and_the_notes_are_untouched()
    {
        // Given notes in n/ and here -> . beside them: --output here/n names the notes
        _folder.Write("work/n/README.md", "# Home\n");
        File.CreateSymbolicLink(_folder.Combine("work", "here"), ".");

        var result = SiteBuilder.Build(Options(_folder.Combine("work", "here", "n"), input: _folder.Combine("work", "n")));

        Assert.Equal([DiagnosticCodes.OutputRefused], Codes(result));
        Assert.Equal(["README.md"], Directory.GetFiles(_folder.Combine("work", "n")).Select(Path.GetFileName));
    }

    [UnixFact]
    public void An_output_that_is_a_link_is_built_where_it_leads_and_the_link_kept()
    {
        // Given _site -> www/site, a folder published elsewhere
        Directory.CreateDirectory(_folder.Combine("out"));
        Directory.CreateSymbolicLink(Output, _folder.Combine("www", "site"));

        Assert.True(Build(Output).Succeeded);

        Assert.NotNull(new DirectoryInfo(Output).LinkTarget);
        Assert.True(File.Exists(_folder.Combine("www", "site", "index.html")));
    }

    [UnixFact]
    public void A_link_inside_the_previous_site_is_removed_never_what_it_points_to()
    {
        // Given a previous site in which someone linked a folder of their own
        Assert.True(Build(Output).Succeeded);
        _folder.Write("mine/notes.txt", "mine");
        Directory.CreateSymbolicLink(Path.Combine(Output, "linked"), _folder.Combine("mine"));

        Assert.True(Build(Output).Succeeded);

        Assert.False(Path.Exists(Path.Combine(Output, "linked")));
        Assert.Equal("mine", File.ReadAllText(_folder.Combine("mine", "notes.txt")));
    }
}
