using System.CommandLine;
using SiteGen.Core.Building;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen build</c>: the static site, ready to publish.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder to write the site to; replaced whole, only when the build succeeds. Never the file system root, your home folder, the input or a Git repository.",
            DefaultValueFactory = _ => "_site",
        };
        var baseUrl = CommonOptions.BaseUrl();
        var repoUrl = CommonOptions.RepoUrl();
        var theme = CommonOptions.Theme();
        var title = CommonOptions.Title();
        var strict = CommonOptions.Strict();
        var force = new Option<bool>("--force")
        {
            Description = "Replace an output folder that is not empty though SiteGen did not write it (it has no .sitegen file). Does not lift the other refusals.",
        };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took." };
        var command = new Command("build", "Build the website from the notes into the output folder.")
        {
            input, output, baseUrl, repoUrl, theme, title, strict, force, timings,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.HasInvalidUrl(parse, baseUrl, repoUrl))
            {
                return 1;
            }

            var options = new SiteOptions
            {
                InputDirectory = parse.GetValue(input)!,
                OutputDirectory = parse.GetValue(output)!,
                BaseUrl = parse.GetValue(baseUrl),
                RepoUrl = parse.GetValue(repoUrl),
                ThemeDirectory = parse.GetValue(theme),
                SiteTitle = parse.GetValue(title)!,
                Strict = parse.GetValue(strict),
                Force = parse.GetValue(force),
                DisplayInput = parse.GetValue(input)!.TrimEnd('/'),
            }.Resolve(Environment.CurrentDirectory);
            var result = SiteBuilder.Build(options);
            Reporter.Diagnostics(result.Diagnostics);
            if (parse.GetValue(timings))
            {
                Reporter.Timings(result);
            }

            Reporter.Summary(result, options.OutputDirectory);
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }
}
