using SiteGen.Core.Diagnostics;
using SiteGen.Core.Preview;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Preview;

public sealed class IncrementalBuilderTests : IDisposable
{
    private readonly TestSite _site = new(
        ("README.md", "# Home\n\n* [Course](docs/course/README.md)\n"),
        ("docs/course/README.md", "# Course\n\n## Week 1: [Intro](W01.md)\n\n## Week 2: [More](W02.md)\n"),
        ("docs/course/W01.md", "# Week 1: Intro\n\nFirst words.\n"),
        ("docs/course/W02.md", "# Week 2: More\n\nSee [week 1](W01.md).\n"));

    private readonly IncrementalBuilder _builder;

    public IncrementalBuilderTests() => _builder = new IncrementalBuilder(_site.Options);

    public void Dispose() => _site.Dispose();

    private void Edit(string path, string text) => File.WriteAllText(Path.Combine(_site.Input, path), text);

    [Fact]
    public void The_first_rebuild_processes_and_writes_everything()
    {
        var result = _builder.Rebuild();

        Assert.True(result.Succeeded);
        Assert.Equal(4, result.ProcessedPages.Count);
        Assert.Contains("docs/course/W01.html", result.Written);
        Assert.Contains("First words.", _site.ReadOutput("docs/course/W01.html"));
    }

    [Fact]
    public void A_rebuild_without_changes_processes_and_writes_nothing()
    {
        _builder.Rebuild();

        var result = _builder.Rebuild();

        Assert.Empty(result.ProcessedPages);
        Assert.Empty(result.RenderedPages);
        Assert.Empty(result.Written);
    }

    [Fact]
    public void Editing_a_page_processes_and_writes_only_that_page()
    {
        _builder.Rebuild();

        Edit("docs/course/W01.md", "# Week 1: Intro\n\nOther words.\n");
        var result = _builder.Rebuild();

        Assert.Equal(["docs/course/W01.md"], result.ProcessedPages);
        Assert.Equal(["docs/course/W01.md"], result.RenderedPages);
        Assert.Equal(["docs/course/W01.html"], result.Written);
        Assert.Contains("Other words.", _site.ReadOutput("docs/course/W01.html"));
    }

    [Fact]
    public void A_new_lesson_processes_every_page_because_links_resolve_against_the_file_set()
    {
        _builder.Rebuild();

        Edit("docs/course/W03.md", "# Week 3: Last\n");
        var result = _builder.Rebuild();

        Assert.Equal(5, result.ProcessedPages.Count);
        Assert.Contains("docs/course/W03.html", result.Written);
    }

    [Fact]
    public void A_deleted_page_is_removed_from_the_output()
    {
        _builder.Rebuild();

        File.Delete(Path.Combine(_site.Input, "docs/course/W02.md"));
        var result = _builder.Rebuild();

        Assert.Contains("docs/course/W02.html", result.Written);
        Assert.False(File.Exists(Path.Combine(_site.Output, "docs/course/W02.html")));
    }

    [Fact]
    public void A_failed_rebuild_leaves_the_last_good_output()
    {
        _builder.Rebuild();
        var good = _site.ReadOutput("docs/course/W01.html");

        Edit("docs/course/W01.md", "# Week 1: Intro\n\nChanged while broken.\n");
        Directory.CreateDirectory(Path.Combine(_site.Input, "_theme", "layouts"));
        Edit("_theme/layouts/page.sbn", "{{ if }}");
        var result = _builder.Rebuild();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "SG0601");
        Assert.Empty(result.Written);
        Assert.Equal(good, _site.ReadOutput("docs/course/W01.html"));
    }

    [Fact]
    public void A_page_that_cannot_be_processed_is_SG0007_until_fixed_and_the_last_good_output_stays()
    {
        // Given a good preview, then a lesson nested past Markdig's limit
        _builder.Rebuild();
        var good = _site.ReadOutput("docs/course/W01.html");
        Edit("docs/course/W01.md", new string('[', 50_000));

        // When the preview rebuilds, and again without a change (the page's diagnostics come from its cache)
        var broken = _builder.Rebuild();
        var again = _builder.Rebuild();

        // Then the page is named, nothing is written, and the fix brings it back
        foreach (var result in new[] { broken, again })
        {
            Assert.False(result.Succeeded);
            Assert.Contains(result.Diagnostics, d => d.Code == "SG0007" && d.Path.EndsWith("docs/course/W01.md", StringComparison.Ordinal));
            Assert.Empty(result.Written);
        }

        Assert.Equal(good, _site.ReadOutput("docs/course/W01.html"));
        Edit("docs/course/W01.md", "# Week 1: Intro\n\nFixed.\n");
        Assert.True(_builder.Rebuild().Succeeded);
        Assert.Contains("Fixed.", _site.ReadOutput("docs/course/W01.html"));
    }

    [Fact]
    public void The_site_wide_files_follow_the_latest_pages()
    {
        _builder.Rebuild();
        _builder.RebuildExtras();

        Edit("docs/course/W01.md", "# Week 1: Intro\n\nQuokka.\n");
        _builder.Rebuild();
        var result = _builder.RebuildExtras()!;

        Assert.True(result.Succeeded);
        Assert.Contains(result.Written, p => p.StartsWith("assets/search/", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_site.Output, "404.html")));
    }

    [Fact]
    public void A_non_empty_output_folder_is_refused()
    {
        Directory.CreateDirectory(_site.Output);
        File.WriteAllText(Path.Combine(_site.Output, "keep.txt"), "mine");

        Assert.Throws<ArgumentException>(() => new IncrementalBuilder(_site.Options));
    }

    [UnixFact]
    public void A_FIFO_a_link_out_and_a_loop_appearing_while_serving_are_skipped_with_warnings_and_the_rebuild_finishes()
    {
        _builder.Rebuild();

        // When a FIFO named like a note, a link to /etc/passwd and a folder loop appear
        var fifo = Path.Combine(_site.Input, "docs", "course", "W03.md");
        UnixFiles.MakeFifo(fifo);
        File.CreateSymbolicLink(Path.Combine(_site.Input, "docs", "course", "W04.md"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(_site.Input, "docs", "course", "loop"), "..");
        var rebuild = Task.Run(_builder.Rebuild);
        if (!rebuild.Wait(TimeSpan.FromSeconds(90)))
        {
            using var release = File.OpenHandle(fifo, FileMode.Open, FileAccess.ReadWrite);
            Assert.Fail("the rebuild hung on the FIFO");
        }

        // Then
        var result = rebuild.Result;
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(["input/docs/course/W03.md", "input/docs/course/W04.md", "input/docs/course/loop"],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InputEntrySkipped).Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(Path.Combine(_site.Output, "docs", "course", "W03.html")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "docs", "course", "W04.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "docs", "course", "loop")));

        // And the next edit still rebuilds
        Edit("docs/course/W01.md", "# Week 1: Intro\n\nStill served.\n");
        Assert.True(_builder.Rebuild().Succeeded);
        Assert.Contains("Still served.", _site.ReadOutput("docs/course/W01.html"));
    }
}
