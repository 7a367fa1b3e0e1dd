using System.CommandLine;

namespace SiteGen.Cli.Tests;

/// <summary>
/// Runs <c>sitegen</c> in-process with the console captured. The console is process-wide, so every test that uses
/// this is in the <see cref="ConsoleCollection"/>, which xunit runs one test at a time.
/// </summary>
internal static class CliRun
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var exit = SiteGenCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no SiteGen.sln above {AppContext.BaseDirectory}");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
