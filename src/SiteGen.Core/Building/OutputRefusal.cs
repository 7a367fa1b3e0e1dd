namespace SiteGen.Core.Building;

/// <summary>
/// Why an output folder must not be built into. Only a folder that SiteGen did not write is
/// <see cref="Overridable"/> (with --force); the root, home, the input and a Git repository never are.
/// </summary>
public sealed record OutputRefusal(string Reason, bool Overridable);
