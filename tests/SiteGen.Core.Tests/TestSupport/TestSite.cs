using System.Collections.Immutable;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Pages;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Stages;

namespace SiteGen.Core.Tests.TestSupport;

/// <summary>
/// A small input folder written to disk from inline files, run through the page stages of a real build
/// (read, repair, parse, strip back links, rewrite links, describe, render): what a stage test needs.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestSite(params (string Path, string Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            _folder.Write("input/" + path, content);
        }

        Directory.CreateDirectory(Input);
    }

    public string Input => _folder.Combine("input");

    /// <summary>Adds a file of exactly these bytes to the input (a note that is not UTF-8, a binary file).</summary>
    public void WriteBytes(string path, byte[] content) => _folder.WriteBytes("input/" + path, content);

    public string Output => _folder.Combine("_site");

    public string? RepoUrl { get; init; }

    public SiteOptions Options => new SiteOptions
    {
        InputDirectory = Input,
        OutputDirectory = Output,
        ThemeDirectory = RepoPaths.DefaultTheme,
        RepoUrl = RepoUrl,
    }.Resolve(_folder.Path);

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Every page after the process phase (HTML body in <see cref="Document.Content"/>), by source path.</summary>
    public IReadOnlyDictionary<string, Document> ProcessPages()
    {
        var context = SiteBuilder.CreateContext(Options, Diagnostics);
        var pipeline = SiteBuilder.Pipelines(writes: false)[0] with { PostProcess = [], Output = [] };
        var outputs = PipelineRunner.Run([pipeline], context);
        return outputs[SiteBuilder.Pages].ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
    }

    /// <summary>
    /// Every pipeline of a build with nothing written, each file's text kept in its document by output path: what a build
    /// would write, even when the build fails (a check's pipelines).
    /// </summary>
    public IReadOnlyDictionary<string, string> RunAllPipelines()
    {
        var context = SiteBuilder.CreateContext(Options, Diagnostics);
        var outputs = PipelineRunner.Run(SiteBuilder.Pipelines(writes: false), context);
        return outputs.Values.SelectMany(d => d).Where(d => d.Content.Length > 0)
            .GroupBy(d => d.DestinationPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Content, StringComparer.Ordinal);
    }

    public IReadOnlyList<PageInfo> PageInfos() =>
        [.. ProcessPages().Values.Select(d => d.Get<PageInfo>(DocumentKeys.Page))];

    public BuildResult Build() => SiteBuilder.Build(Options);

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public IReadOnlyList<string> Codes() => [.. Diagnostics.Sorted().Select(d => d.Code)];

    public void Dispose() => _folder.Dispose();
}
