using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace SiteGen.Server.Live;

/// <summary>
/// The small script and stylesheet open pages use to follow rebuilds, served under the reserved <c>/_sitegen/</c>
/// path, and the markup that loads them, which the preview (and only the preview) puts before <c>&lt;/body&gt;</c>.
/// </summary>
public static class LiveClient
{
    public const string Prefix = "/_sitegen/";
    public const string ScriptPath = Prefix + "live.js";
    public const string StylesheetPath = Prefix + "live.css";
    public const string EventsPath = Prefix + "events";

    public const string BodyEndHtml = $"<link rel=\"stylesheet\" href=\"{StylesheetPath}\"><script src=\"{ScriptPath}\" defer></script>";

    private static readonly byte[] Script = Resource("live.js");
    private static readonly byte[] Stylesheet = Resource("live.css");

    /// <summary>Sends the script or the stylesheet; false for any other path.</summary>
    public static async Task<bool> TryRespond(HttpContext context)
    {
        var (body, type) = context.Request.Path.Value switch
        {
            ScriptPath => (Script, "text/javascript; charset=utf-8"),
            StylesheetPath => (Stylesheet, "text/css; charset=utf-8"),
            _ => (null, ""),
        };
        if (body is null)
        {
            return false;
        }

        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }

        return true;
    }

    private static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"SiteGen.Server.Live.{name}")
            ?? throw new InvalidOperationException($"missing resource {name}");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
