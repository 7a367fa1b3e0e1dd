using System.Collections.Immutable;
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
        foreach (var stage in stages)
        {
            documents = stage.Execute(documents, context);
        }

        return documents;
    }
}
