using System.CommandLine;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Fixing;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen check</c>: every problem a build would report, with nothing written (unless <c>--fix</c>).</summary>
public static class CheckCommand
{
    private static readonly Dictionary<string, DiagnosticFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = DiagnosticFormat.Text,
        ["github"] = DiagnosticFormat.GitHub,
        ["json"] = DiagnosticFormat.Json,
    };

    public static Command Create()
    {
        var input = CommonOptions.Input();
        var format = new Option<string>("--format")
        {
            Description = "How to print problems: text (path(line,col): warning SGxxxx: message), github (workflow annotations) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var strict = CommonOptions.Strict();
        var fix = new Option<bool>("--fix")
        {
            Description = "Repair the safe, mechanical problems in place (damaged UTF-8, a link differing only in letter case, a misspelt quiz marker) and print each change.",
        };
        var repoUrl = CommonOptions.RepoUrl();
        var theme = CommonOptions.Theme();
        var command = new Command("check", "Report every problem in the notes, as a build would, without writing a site.")
        {
            input, format, strict, fix, repoUrl, theme,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.HasInvalidUrl(parse, repoUrl))
            {
                return 1;
            }

            var options = new SiteOptions
            {
                InputDirectory = parse.GetValue(input)!,
                RepoUrl = parse.GetValue(repoUrl),
                ThemeDirectory = parse.GetValue(theme),
                Strict = parse.GetValue(strict),
                DisplayInput = parse.GetValue(input)!.TrimEnd('/'),
            }.Resolve(Environment.CurrentDirectory);
            var result = SiteBuilder.Check(options);
            var diagnostics = result.Diagnostics;
            var outputFormat = Formats[parse.GetValue(format)!];
            var skipped = new List<SkippedFile>();
            IReadOnlyList<AppliedFix> applied = parse.GetValue(fix) ? SourceFixer.Apply(options.InputDirectory, diagnostics, skipped) : [];
            Reporter.Fixes(applied, skipped, outputFormat);
            diagnostics = [.. diagnostics.Except(applied.Select(a => a.Diagnostic))];
            Reporter.Diagnostics(diagnostics, outputFormat);
            Reporter.CheckSummary(result.Pages, diagnostics, applied.Count, outputFormat);
            return diagnostics.Any(d => d.IsError) || (options.Strict && diagnostics.Count > 0) ? 1 : 0;
        });
        return command;
    }
}
