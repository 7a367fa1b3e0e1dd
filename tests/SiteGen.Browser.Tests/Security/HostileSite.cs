using SiteGen.Browser.Tests.Infrastructure;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.IO;
using SiteGen.Core.Pipelines;

namespace SiteGen.Browser.Tests.Security;

/// <summary>
/// tests/fixtures/hostile/input, built once with the default theme. Its unsafe URLs are errors, so a real build
/// writes nothing: this runs the build's own pipelines into a folder all the same, to open what a build would publish.
/// </summary>
public sealed class HostileSite : IDisposable
{
    public HostileSite()
    {
        Output = Path.Combine(Path.GetTempPath(), "sitegen-hostile-" + Guid.NewGuid().ToString("N"));
        var options = new SiteOptions
        {
            InputDirectory = Path.Combine(SiteFixture.RepoRoot, "tests", "fixtures", "hostile", "input"),
            OutputDirectory = Output,
            ThemeDirectory = Path.Combine(SiteFixture.RepoRoot, "themes", "default"),
        }.Resolve(SiteFixture.RepoRoot);
        var diagnostics = new DiagnosticBag();
        var context = SiteBuilder.CreateContext(options, diagnostics);
        context.Output = new SiteWriter(Output);
        PipelineRunner.Run(SiteBuilder.Pipelines(writes: true), context);
        Diagnostics = diagnostics.Sorted();
    }

    public string Output { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Every HTML file of the site (lessons, course pages, review pages, the 404 page), site-relative, sorted.</summary>
    public IReadOnlyList<string> Pages =>
        [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f)).Order(StringComparer.Ordinal)];

    public string Url(string relativePath) => new Uri(Path.Combine(Output, relativePath)).AbsoluteUri;

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
