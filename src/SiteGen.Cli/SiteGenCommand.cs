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
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }
}
