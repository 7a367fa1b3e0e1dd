using System.CommandLine;
using SiteGen.Cli.Commands;

namespace SiteGen.Cli;

/// <summary>The <c>sitegen</c> command line: one sub-command per task, each a thin map from options to the library.</summary>
public static class SiteGenCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("SiteGen turns a repository of Markdown course notes into a navigable website with interactive quizzes.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    /// <summary>
    /// Runs a command line. Content problems come back as diagnostics; an exception reaching here is SiteGen's own
    /// fault, and the reader gets two lines saying so (the stack trace only with SITEGEN_DEBUG=1), never a wall of frames.
    /// </summary>
    public static int Invoke(RootCommand root, string[] args, TextWriter error)
    {
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (Environment.GetEnvironmentVariable("SITEGEN_DEBUG") != "1")
        {
            error.WriteLine($"sitegen: internal error: {exception.GetType().Name}: {exception.Message}");
            error.WriteLine("  this is a bug in SiteGen, not in your notes; run again with SITEGEN_DEBUG=1 for the details to report");
            return InternalError;
        }
    }

    /// <summary>The exit code of a run that SiteGen itself broke (1 is a failed build or check).</summary>
    public const int InternalError = 2;
}
