using System.Collections.Immutable;

namespace SiteGen.Core.Pipelines;

/// <summary>
/// A named group of stages in three phases. <see cref="Process"/> sees only this pipeline's documents;
/// <see cref="PostProcess"/> runs once every pipeline has processed, and may read all of them through
/// <see cref="BuildContext.Outputs"/>; <see cref="Output"/> writes.
/// </summary>
public sealed record Pipeline(
    string Name,
    ImmutableArray<IStage> Process,
    ImmutableArray<IStage> PostProcess,
    ImmutableArray<IStage> Output)
{
    public static Pipeline Of(string name, IStage[] process, IStage[]? postProcess = null, IStage[]? output = null) =>
        new(name, [.. process], [.. postProcess ?? []], [.. output ?? []]);
}
