using System.Collections.Immutable;
using System.Diagnostics;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>
/// Runs pipelines phase by phase: every pipeline's process phase before any post-process phase, and the output
/// phases, which only write, of all pipelines at once.
/// </summary>
public static class PipelineRunner
{
    public static ImmutableDictionary<string, ImmutableArray<Document>> Run(
        IReadOnlyList<Pipeline> pipelines, BuildContext context)
    {
        foreach (var pipeline in pipelines)
        {
            context.Outputs[pipeline.Name] = RunStages(pipeline.Process, [], context);
        }

        foreach (var pipeline in pipelines)
        {
            context.Outputs[pipeline.Name] = RunStages(pipeline.PostProcess, context.Outputs[pipeline.Name], context);
        }

        // Output stages write each pipeline's own files and read nothing another pipeline writes: side by side.
        var outputs = new ImmutableArray<Document>[pipelines.Count];
        Parallel.For(0, pipelines.Count, i => outputs[i] = RunStages(pipelines[i].Output, context.Outputs[pipelines[i].Name], context));
        for (var i = 0; i < pipelines.Count; i++)
        {
            context.Outputs[pipelines[i].Name] = outputs[i];
        }

        return context.Outputs.ToImmutableDictionary();
    }

    private static ImmutableArray<Document> RunStages(
        ImmutableArray<IStage> stages, ImmutableArray<Document> documents, BuildContext context)
    {
        for (var i = 0; i < stages.Length;)
        {
            var run = stages[i..].TakeWhile(s => s is DocumentStage).Cast<DocumentStage>().ToArray();
            if (run.Length > 1)
            {
                documents = RunFused(run, documents, context);
                i += run.Length;
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            documents = stages[i].Execute(documents, context);
            context.Timings.Enqueue((stages[i].GetType().Name, Stopwatch.GetElapsedTime(started)));
            i++;
        }

        return documents;
    }

    /// <summary>
    /// Each document through every stage of the run in turn, documents in parallel. Timings: the run's wall time, then
    /// each stage's time summed over the threads (which counts a thread waiting inside the stage, e.g. for a lock).
    /// A document whose stages throw is reported as the page's error (<see cref="DocumentRun"/>), never the build's.
    /// </summary>
    private static ImmutableArray<Document> RunFused(DocumentStage[] run, ImmutableArray<Document> documents, BuildContext context)
    {
        var wall = Stopwatch.GetTimestamp();
        var ticks = new long[run.Length];
        var results = new Document?[documents.Length];
        var order = LongestFirst.Order(documents);
        Parallel.For(0, order.Length, k => results[order[k]] = DocumentRun.Through(run, documents[order[k]], context, ticks));
        context.Timings.Enqueue(($"{run.Length} stages per document", Stopwatch.GetElapsedTime(wall)));
        for (var s = 0; s < run.Length; s++)
        {
            context.Timings.Enqueue(("  " + run[s].GetType().Name + " (threads)", Stopwatch.GetElapsedTime(0, ticks[s])));
        }

        return [.. results.OfType<Document>()];
    }
}
