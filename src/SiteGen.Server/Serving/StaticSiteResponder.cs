using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace SiteGen.Server.Serving;

/// <summary>
/// Answers GET and HEAD with a file of the built site: its content type, an ETag and Last-Modified, 304 to a
/// conditional request that still matches, 206 to a Range request (416 when it lies past the end), the site's own <c>404.html</c> with status 404 for anything else.
/// </summary>
public sealed class StaticSiteResponder(string root)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly SitePathResolver _resolver = new(root);

    public string Root { get; } = root;

    public async Task Respond(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var rawPath = rawTarget.Split('?', 2)[0];
        var (kind, path) = _resolver.Resolve(rawPath);
        switch (kind)
        {
            case SitePathResolver.Kind.File:
                await Send(context, path!, StatusCodes.Status200OK);
                break;
            case SitePathResolver.Kind.FolderWithoutSlash:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = rawPath + "/" + request.QueryString;
                break;
            default:
                await NotFound(context);
                break;
        }
    }

    private async Task NotFound(HttpContext context)
    {
        var page = Path.Combine(Root, "404.html");
        if (File.Exists(page))
        {
            await Send(context, page, StatusCodes.Status404NotFound);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync("404 not found\n");
        }
    }

    /// <summary>Sends the file as it is when opened: its length and stamp are read from the open file, so a rewrite meanwhile cannot tear it.</summary>
    private static async Task Send(HttpContext context, string path, int status)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.Asynchronous);
        var length = RandomAccess.GetLength(handle);
        var written = File.GetLastWriteTimeUtc(handle);
        var response = context.Response;
        var lastModified = new DateTimeOffset(written.Ticks - (written.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var etag = new EntityTagHeaderValue($"\"{length:x}-{written.Ticks:x}\"");
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        var contentType = ContentTypes.TryGetContentType(path, out var type) ? WithCharset(type) : "application/octet-stream";
        if (status == StatusCodes.Status200OK)
        {
            // The framework's file result answers Range (206, 416, If-Range, Accept-Ranges: bytes) for audio and
            // video seeking, and the conditional requests (304), from the file as opened.
            var file = new FileStream(handle, FileAccess.Read, bufferSize: 0, isAsync: true);
            await Results.Stream(file, contentType, lastModified: lastModified, entityTag: etag, enableRangeProcessing: true).ExecuteAsync(context);
            return;
        }

        response.ContentType = contentType;

        response.StatusCode = status;
        response.ContentLength = length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0, isAsync: true);
            await stream.CopyToAsync(response.Body, context.RequestAborted);
        }
    }

    private static string WithCharset(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json"
            ? type + "; charset=utf-8"
            : type;
}
