using SiteGen.Core.Building;

namespace SiteGen.Core.Tests.TestSupport;

/// <summary>Runs <c>check</c> on a scenario of <c>tests/fixtures/check/</c>, or on any folder, with the default theme.</summary>
internal static class CheckFixtures
{
    public const string RepoUrl = "https://github.com/org/notes/blob/main/";

    public static string Folder(string scenario) => Path.Combine(RepoPaths.Root, "tests", "fixtures", "check", scenario);

    public static BuildResult Check(string scenario) => CheckFolder(Folder(scenario));

    public static BuildResult CheckFolder(string input, bool strict = false) => SiteBuilder.Check(new SiteOptions
    {
        InputDirectory = input,
        ThemeDirectory = RepoPaths.DefaultTheme,
        RepoUrl = RepoUrl,
        Strict = strict,
    }.Resolve(input));
}
