using System.Collections.Immutable;
using System.Diagnostics;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Preview;

/// <summary>
/// Builds a site for the preview server and keeps it up to date, in two steps. <see cref="Rebuild"/> brings the pages,
/// linked files and theme files up to date: it processes again only the notes whose text changed, lays out again only
/// the pages whose body or navigation changed, and writes only the files that changed; a change of the theme's
/// templates, or of the input's file set (links resolve against it), processes everything. <see cref="RebuildExtras"/>
/// then brings the site-wide files (search index, review pages, quiz exports, sitemap, 404) up to date from the latest
/// pages; it is slower and nothing on a page waits for it, so the server runs it beside the next rebuild.
/// A step with errors leaves its files as the last good run left them.
/// </summary>
public sealed class IncrementalBuilder
{
    private readonly SiteOptions _options;
    private readonly ThemeWatch _theme;
    private readonly ProcessedPages _pages = new();
    private readonly RenderedPages _layouts = new();
    private readonly OutputFolder _pageFiles;
    private readonly OutputFolder _extraFiles;
    private IReadOnlyList<string> _fileSet = [];
    private volatile BuildContext? _latest;

    public IncrementalBuilder(SiteOptions options)
    {
        if (Directory.Exists(options.OutputDirectory) && Directory.EnumerateFileSystemEntries(options.OutputDirectory).Any())
        {
            throw new ArgumentException($"the preview's output folder '{options.OutputDirectory}' must be new or empty", nameof(options));
        }

        _options = options;
        _theme = new ThemeWatch(options);
        _pageFiles = new OutputFolder(options.OutputDirectory);
        _extraFiles = new OutputFolder(options.OutputDirectory);
    }

    public SiteOptions Options => _options;

    /// <summary>The folders the site is built from: the input (with its <c>_theme/</c> overrides) and the theme.</summary>
    public IReadOnlyList<string> SourceFolders => [_options.InputDirectory, _theme.Root];

    /// <summary>The pages, linked files and theme files; not thread-safe with itself.</summary>
    public RebuildResult Rebuild()
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(_options.InputDirectory))
        {
            diagnostics.Error(_options.DisplayInput, 0, 0, DiagnosticCodes.InputMissing, "input folder does not exist",
                "pass --input with the folder that holds the notes");
            return new RebuildResult(false, diagnostics.Sorted(), [], [], [], null, clock.Elapsed, []);
        }

        var themeChange = _theme.Refresh(diagnostics);
        var files = InputFiles.Scan(_options, diagnostics);
        if (themeChange == ThemeChange.Templates || !files.All.SequenceEqual(_fileSet, StringComparer.Ordinal))
        {
            _pages.Clear();
        }

        if (themeChange != ThemeChange.None)
        {
            _layouts.Clear();
        }

        _fileSet = files.All;
        var context = new BuildContext(_options, files, _theme.Theme, SiteBuilder.Markdown(_theme.Theme, diagnostics), diagnostics);
        var pipelines = SiteBuilder.Pipelines(
            [new ProcessChangedPages(_pages, bag => SiteBuilder.Markdown(_theme.Theme, bag))], new ApplyLayoutIncrementally(_layouts), () => []);
        PipelineRunner.Run([.. pipelines.Where(p => p.Name != SiteBuilder.Extras)], context);
        var stylesheets = themeChange == ThemeChange.Stylesheets && _pages.LastProcessed.Count == 0
            ? _theme.Theme.Assets.Where(a => a.OutputPath.EndsWith(".css", StringComparison.Ordinal)).Select(a => a.OutputPath).ToArray()
            : null;
        var result = Finish(context, [SiteBuilder.Pages, SiteBuilder.Files, SiteBuilder.ThemeFiles], _pageFiles, clock, _pages.LastProcessed, _layouts.LastRendered, stylesheets);
        if (result.Succeeded)
        {
            _latest = context;
        }

        return result;
    }

    /// <summary>
    /// The site-wide files from the latest successful <see cref="Rebuild"/>; may run beside it, not beside itself.
    /// Between its stages it asks <paramref name="abandon"/>, and gives up (null, nothing written) when told to: a
    /// newer rebuild is due, and the site-wide files will follow that one.
    /// </summary>
    public RebuildResult? RebuildExtras(Func<bool>? abandon = null)
    {
        var clock = Stopwatch.StartNew();
        var pages = _latest ?? throw new InvalidOperationException("no successful rebuild yet");
        var diagnostics = new DiagnosticBag();
        var context = new BuildContext(_options, pages.Files, pages.Theme, pages.Markdown, diagnostics);
        foreach (var (name, documents) in pages.Outputs)
        {
            context.Outputs[name] = documents;
        }

        var extras = SiteBuilder.Pipelines([], new Stages.ApplyLayout(), () => []).Single(p => p.Name == SiteBuilder.Extras);
        var results = ImmutableArray<Document>.Empty;
        foreach (var stage in extras.PostProcess)
        {
            if (abandon?.Invoke() == true)
            {
                return null;
            }

            var started = Stopwatch.GetTimestamp();
            results = stage.Execute(results, context);
            context.Timings.Enqueue((stage.GetType().Name, Stopwatch.GetElapsedTime(started)));
        }

        context.Outputs[SiteBuilder.Extras] = results;
        return Finish(context, [SiteBuilder.Extras], _extraFiles, clock, [], [], null);
    }

    private RebuildResult Finish(BuildContext context, IEnumerable<string> pipelines, OutputFolder output, Stopwatch clock,
        IReadOnlyList<string> processed, IReadOnlyList<string> rendered, IReadOnlyList<string>? stylesheets)
    {
        var diagnostics = context.Diagnostics;
        var failed = diagnostics.HasErrors || (_options.Strict && diagnostics.Sorted().Count > 0);
        var started = Stopwatch.GetTimestamp();
        var documents = pipelines.SelectMany(p => context.Outputs[p]);
        var written = failed ? [] : output.Sync(documents, diagnostics);
        context.Timings.Enqueue(("WriteChangedFiles", Stopwatch.GetElapsedTime(started)));
        return new RebuildResult(!failed && !diagnostics.HasErrors, diagnostics.Sorted(), processed, rendered, written, stylesheets,
            clock.Elapsed, [.. context.Timings]);
    }
}
