using System.Diagnostics;
using Markdig;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.IO;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Quizzes;
using SiteGen.Core.Search;
using SiteGen.Core.Stages;
using SiteGen.Core.Templating;
using SiteGen.Markdown;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Core.Building;

/// <summary>
/// Builds a site: reads the notes, runs the pipelines into a staging folder beside the output, and swaps it in
/// only when the build succeeded, so a failed build leaves the previous site as it was. Only output the
/// <see cref="OutputGuard"/> accepts is built into, one build at a time (<see cref="OutputLock"/>). <see cref="Check"/> runs the
/// same pipelines without their output phase: every diagnostic of a build, nothing written.
/// </summary>
public static class SiteBuilder
{
    public const string Pages = "pages";
    public const string Files = "files";
    public const string ThemeFiles = "theme";
    public const string Extras = "extras";

    /// <summary>The default theme shipped beside the program.</summary>
    public static string DefaultTheme => Path.Combine(AppContext.BaseDirectory, "themes", "default");

    public static BuildResult Build(SiteOptions options) => Build(options, FolderSwap.Default);

    /// <summary>A build whose final swap goes through <paramref name="swap"/> (tests fail its steps on purpose).</summary>
    internal static BuildResult Build(SiteOptions options, FolderSwap swap)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var timings = new List<(string, TimeSpan)>();
        var written = Run(options, swap, diagnostics, timings, out var pages);
        return Result(options, diagnostics, written >= 0, pages, Math.Max(written, 0), clock, timings);
    }

    /// <summary>Runs every process and post-process stage of a build, so it reports what a build would; writes nothing.</summary>
    public static BuildResult Check(SiteOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var pages = 0;
        var context = InputExists(options, diagnostics) ? CreateContext(options, diagnostics) : null;
        if (context is not null && !diagnostics.HasErrors)
        {
            pages = PipelineRunner.Run(Pipelines(writes: false), context)[Pages].Length;
        }

        return Result(options, diagnostics, context is not null, pages, 0, clock, [.. context?.Timings ?? []]);
    }

    private static BuildResult Result(
        SiteOptions options, DiagnosticBag diagnostics, bool ran, int pages, int written, Stopwatch clock, List<(string, TimeSpan)> timings)
    {
        var sorted = diagnostics.Sorted();
        var failed = !ran || diagnostics.HasErrors || (options.Strict && sorted.Count > 0);
        return new BuildResult(!failed, pages, written, sorted, clock.Elapsed, timings);
    }

    private static bool InputExists(SiteOptions options, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(options.InputDirectory))
        {
            return true;
        }

        diagnostics.Error(options.DisplayInput, 0, 0, DiagnosticCodes.InputMissing, "input folder does not exist",
            "pass --input with the folder that holds the notes");
        return false;
    }

    private static int Run(SiteOptions options, FolderSwap swap, DiagnosticBag diagnostics, List<(string, TimeSpan)> timings, out int pages)
    {
        pages = 0;
        if (!InputExists(options, diagnostics))
        {
            return -1;
        }

        var started = Stopwatch.GetTimestamp();
        if (OutputGuard.Check(options.InputDirectory, options.OutputDirectory, options.Force) is { } refusal)
        {
            diagnostics.Error(options.OutputDirectory, 0, 0, DiagnosticCodes.OutputRefused, $"refusing to build: {refusal.Reason}",
                refusal.Overridable
                    ? "pass --output with a folder of its own, such as _site; or, if nothing in it is yours to keep, --force"
                    : "pass --output with a folder of its own, such as _site");
            return -1;
        }

        // The guard judged the real folder; build, lock and swap that one, whatever links lead to it.
        var output = RealPath.Of(options.OutputDirectory);
        using var held = Lock(options, output, diagnostics);
        if (held is null)
        {
            return -1;
        }

        StagingFolders.RemoveStale(output);
        timings.Add(("GuardLockAndCleanOutput", Stopwatch.GetElapsedTime(started)));
        started = Stopwatch.GetTimestamp();
        var context = CreateContext(options, diagnostics);
        timings.Add(("LoadThemeAndScanInput", Stopwatch.GetElapsedTime(started)));
        if (diagnostics.HasErrors)
        {
            return -1;
        }

        var staging = StagingFolders.Create(output);
        try
        {
            context.Output = new SiteWriter(staging);
            var outputs = PipelineRunner.Run(Pipelines(writes: true), context);
            timings.AddRange(context.Timings);
            pages = outputs[Pages].Length;
            if (diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0))
            {
                return -1;
            }

            started = Stopwatch.GetTimestamp();
            SiteMarker.Write(staging);
            if (!SwapIn(swap, staging, output, options, diagnostics))
            {
                return -1;
            }

            timings.Add(("SwapIn", Stopwatch.GetElapsedTime(started)));
            return outputs.Values.Sum(d => d.Length);
        }
        finally
        {
            DeleteQuietly(staging);
        }
    }

    /// <summary>The output's lock, or null (and an error) when another build holds it or it cannot be made.</summary>
    private static OutputLock? Lock(SiteOptions options, string output, DiagnosticBag diagnostics)
    {
        try
        {
            if (OutputLock.TryAcquire(output) is { } held)
            {
                return held;
            }

            diagnostics.Error(options.OutputDirectory, 0, 0, DiagnosticCodes.OutputLocked, "another build is writing into this output folder",
                $"wait for it to finish, or pass --output with another folder; it holds {OutputLock.PathFor(output)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(options.OutputDirectory, 0, 0, DiagnosticCodes.OutputWriteFailed,
                $"cannot write beside the output folder: {e.Message}", "check the permissions of the output folder's parent");
        }

        return null;
    }

    /// <summary>Replaces the output folder with the staged one; on failure reports it, the previous site left in place.</summary>
    private static bool SwapIn(FolderSwap swap, string staging, string output, SiteOptions options, DiagnosticBag diagnostics)
    {
        string? previous;
        try
        {
            previous = swap.Replace(staging, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(options.OutputDirectory, 0, 0, DiagnosticCodes.OutputWriteFailed,
                $"cannot put the new site in place: {e.Message}", "the previous site is left as it was");
            return false;
        }

        if (previous is not null)
        {
            DeleteQuietly(previous);
        }

        return true;
    }

    /// <summary>Deletes a staging or swapped-out folder; one that resists is removed by the next build instead.</summary>
    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    public static BuildContext CreateContext(SiteOptions options, DiagnosticBag diagnostics)
    {
        var themeRoot = options.ThemeDirectory ?? DefaultTheme;
        var theme = Theme.Load(themeRoot, Path.Combine(options.InputDirectory, "_theme"), diagnostics);
        var files = Building.InputFiles.Scan(options, diagnostics);
        return new BuildContext(options, files, theme, Markdown(theme, diagnostics), diagnostics);
    }

    /// <summary>
    /// The site's pipelines; when it <paramref name="writes"/>, their output phase writes to the context's
    /// <see cref="BuildContext.Output"/>, else they have none (a check).
    /// </summary>
    public static IReadOnlyList<Pipeline> Pipelines(bool writes) =>
        Pipelines([new ReadMarkdownFiles(), .. PageStages()], new ApplyLayout(), () => writes ? [new WriteFiles()] : []);

    /// <summary>
    /// The site's pipelines with their page-reading stages, their layout stage and their output stages given:
    /// the build reads and writes everything, the preview server only what changed.
    /// </summary>
    public static IReadOnlyList<Pipeline> Pipelines(IStage[] readPages, IStage layout, Func<IStage[]> output) =>
    [
        Pipeline.Of(Pages, process: readPages, postProcess: [new CheckAnchors(), new BuildNavigation(), new IndexQuizzes(), layout], output: output()),
        Pipeline.Of(Files, process: [], postProcess: [new CollectLinkedFiles(Pages)], output: output()),
        Pipeline.Of(ThemeFiles, process: [new CollectThemeAssets()], output: output()),
        Pipeline.Of(Extras, process: [], postProcess: [new Concurrently(new WriteSearchIndex(Pages), new RenderReviewPages(Pages),
                new ExportGift(Pages), new ExportQuizzesJson(Pages), new WriteQuizIndex(Pages), new WriteSitemap(Pages), new WriteRobotsTxt(), new RenderNotFoundPage(Pages))],
            output: output()),
    ];

    /// <summary>What each page goes through after it is read, one page at a time: parse, check, describe, render.</summary>
    public static DocumentStage[] PageStages() =>
    [
        new RepairEncoding(), new RemoveLiquidRaw(), new ParseMarkdown(), new CollectQuizzes(), new ReportSwallowedHtml(), new ReportRemovedHtml(), new StripBackLinks(),
        new RewriteLinks(),
        new DescribePage(), new ExtractSearchText(), new RenderMarkdown(),
    ];

    /// <summary>The Markdown pipeline of a site: quiz blocks rendered through the theme's partial, its errors into <paramref name="diagnostics"/>.</summary>
    public static MarkdownPipeline Markdown(Theme theme, DiagnosticBag diagnostics)
    {
        var quizzes = new QuizOptions { RenderQuiz = QuizPartialRenderer.For(theme, diagnostics) is { } partial ? partial.Render : null };
        return SiteMarkdown.CreateBuilder().UseQuizzes(quizzes).Build();
    }
}
