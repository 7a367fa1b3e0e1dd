using System.Collections.Immutable;
using System.Diagnostics;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>Runs pipelines phase by phase: every pipeline's process phase before any post-process phase.</summary>
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

        foreach (var pipeline in pipelines)
        {
            context.Outputs[pipeline.Name] = RunStages(pipeline.Output, context.Outputs[pipeline.Name], context);
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

    /// <summary>Each document through every stage of the run in turn, documents in parallel; timings are CPU time summed over cores.</summary>
    private static ImmutableArray<Document> RunFused(DocumentStage[] run, ImmutableArray<Document> documents, BuildContext context)
    {
        var ticks = new long[run.Length];
        var results = new Document[documents.Length];
        Parallel.For(0, documents.Length, d =>
        {
            var document = documents[d];
            for (var s = 0; s < run.Length; s++)
            {
                var started = Stopwatch.GetTimestamp();
                document = run[s].ProcessOne(document, context);
                Interlocked.Add(ref ticks[s], Stopwatch.GetTimestamp() - started);
            }

            results[d] = document;
        });
        for (var s = 0; s < run.Length; s++)
        {
            context.Timings.Enqueue((run[s].GetType().Name + " (cpu)", Stopwatch.GetElapsedTime(0, ticks[s])));
        }

        return [.. results];
    }
}
