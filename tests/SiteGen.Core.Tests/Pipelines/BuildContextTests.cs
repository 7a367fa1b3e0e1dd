using System.Text;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.IO;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Pipelines;

public sealed class BuildContextTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Core.Pipelines.BuildContext Context(DiagnosticBag diagnostics) => SiteBuilder.CreateContext(new SiteOptions
    {
        InputDirectory = _folder.Combine("input"),
        OutputDirectory = _folder.Combine("_site"),
        ThemeDirectory = RepoPaths.DefaultTheme,
    }.Resolve(_folder.Path), diagnostics);

    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<p>It’s a page</p>\n");

    [Fact]
    public void Finish_with_an_output_writes_the_file_at_once_and_keeps_no_text()
    {
        Directory.CreateDirectory(_folder.Combine("input"));
        var context = Context(new DiagnosticBag());
        context.Output = new SiteWriter(_folder.Combine("staging"));

        var finished = context.Finish(Document.Create("docs/a/W01.md", "docs/a/W01.html"), Page);

        Assert.True(finished.Has(DocumentKeys.Written));
        Assert.Equal("", finished.Content);
        Assert.Equal(Page, File.ReadAllBytes(_folder.Combine("staging", "docs", "a", "W01.html")));
    }

    [Fact]
    public void Finish_without_an_output_keeps_the_text()
    {
        Directory.CreateDirectory(_folder.Combine("input"));
        var context = Context(new DiagnosticBag());

        var finished = context.Finish(Document.Create("docs/a/W01.md", "docs/a/W01.html"), Page);

        Assert.False(finished.Has(DocumentKeys.Written));
        Assert.Equal("<p>It’s a page</p>\n", finished.Content);
    }

    [Fact]
    public void Finish_reports_a_file_it_cannot_write_naming_the_source()
    {
        // Given an output where a folder the page needs is a file
        Directory.CreateDirectory(_folder.Combine("input"));
        _folder.Write("staging/docs", "not a folder");
        var diagnostics = new DiagnosticBag();
        var context = Context(diagnostics);
        context.Output = new SiteWriter(_folder.Combine("staging"));

        // When
        context.Finish(Document.Create("docs/a/W01.md", "docs/a/W01.html"), Page);

        // Then
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, error.Code);
        Assert.EndsWith("docs/a/W01.md", error.Path);
    }
}
