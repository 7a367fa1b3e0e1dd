using System.Collections.Immutable;
using System.Diagnostics;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Pipelines;

/// <summary>
/// Stages that each add documents of their own, from what other pipelines made, run side by side: each gets no
/// documents in, and what they add follows the documents coming in, in the order the stages are given, so the
/// output does not depend on which finished first.
/// </summary>
public sealed class Concurrently(params IStage[] stages) : IStage
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var added = new ImmutableArray<Document>[stages.Length];
        Parallel.For(0, stages.Length, i =>
        {
            var started = Stopwatch.GetTimestamp();
            added[i] = stages[i].Execute([], context);
            context.Timings.Enqueue(("  " + stages[i].GetType().Name, Stopwatch.GetElapsedTime(started)));
        });
        return [.. documents, .. added.SelectMany(a => a)];
    }
}
