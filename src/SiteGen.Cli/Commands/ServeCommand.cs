using System.CommandLine;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Server;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen serve</c>: builds the site, serves it locally and rebuilds it on every save, reloading open pages.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var title = CommonOptions.Title();
        var repoUrl = CommonOptions.RepoUrl();
        var port = new Option<int>("--port", "-p")
        {
            Description = "Port to listen on (0 picks a free one).",
            DefaultValueFactory = _ => PreviewServerOptions.DefaultPort,
        };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535");
            }
        });
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on. Anything but 127.0.0.1 or localhost makes the preview reachable from other machines.",
            DefaultValueFactory = _ => PreviewServerOptions.DefaultHost,
        };
        host.Validators.Add(r =>
        {
            if (ListenAddress.Parse(r.GetValueOrDefault<string>() ?? "") is null)
            {
                r.AddError("--host must be an IP address (such as 127.0.0.1 or 0.0.0.0) or localhost");
            }
        });
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser." };
        var poll = new Option<bool>("--poll") { Description = "Watch by polling instead of file system events (network shares, some containers)." };
        var command = new Command("serve", "Build the site, serve it on this machine and rebuild it on every save; open pages reload by themselves.")
        {
            input, port, host, open, poll, theme, title, repoUrl,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            if (CommonOptions.HasInvalidUrl(parse, repoUrl))
            {
                return 1;
            }

            var site = new SiteOptions
            {
                InputDirectory = parse.GetValue(input)!,
                ThemeDirectory = parse.GetValue(theme),
                SiteTitle = parse.GetValue(title)!,
                RepoUrl = parse.GetValue(repoUrl),
                DisplayInput = parse.GetValue(input)!.TrimEnd('/'),
            }.Resolve(Environment.CurrentDirectory);
            var options = new PreviewServerOptions { Site = site, Host = parse.GetValue(host)!, Port = parse.GetValue(port), Poll = parse.GetValue(poll) };
            return await Serve(options, parse.GetValue(open), cancellation);
        });
        return command;
    }

    private static async Task<int> Serve(PreviewServerOptions options, bool open, CancellationToken cancellation)
    {
        if (!Directory.Exists(options.Site.InputDirectory))
        {
            Reporter.Diagnostics([new Diagnostic(options.Site.DisplayInput, 0, 0, DiagnosticSeverity.Error, DiagnosticCodes.InputMissing,
                "input folder does not exist", "pass --input with the folder that holds the notes")]);
            return 1;
        }

        if (!ListenAddress.IsLoopback(options.Host))
        {
            Reporter.Warning($"listening on {options.Host}: the preview is reachable from other machines on your network");
        }

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, new ConsolePreviewReport(), cancellation);
        }
        catch (PortInUseException e)
        {
            Reporter.Problem($"{e.Message}; pass --port with another port (or --port 0 for any free one)");
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }

        await using (server)
        {
            Console.Out.WriteLine($"serving {server.Url} (watching {(server.Polling ? "by polling" : "for changes")}; Ctrl+C stops)");
            if (open)
            {
                BrowserLauncher.Open(server.Url);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }

            await server.StopAsync();
            Console.Out.WriteLine("stopped");
        }

        return 0;
    }
}
