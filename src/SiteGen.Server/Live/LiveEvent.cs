using System.Text.Json;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Server.Live;

/// <summary>
/// One message to open pages, as a Server-Sent Event: <c>reload</c> (with the site paths that changed), <c>css</c>
/// (the stylesheets' new paths), <c>errors</c> (the diagnostics of a failed rebuild) or <c>ok</c> (they are fixed).
/// </summary>
public sealed record LiveEvent(string Name, string Data)
{
    public const string ReloadName = "reload";
    public const string CssName = "css";
    public const string ErrorsName = "errors";
    public const string OkName = "ok";

    public static LiveEvent Reload(IReadOnlyList<string> paths) =>
        new(ReloadName, JsonSerializer.Serialize(new LiveReloadData(paths), LiveJson.Default.LiveReloadData));

    public static LiveEvent Css(IReadOnlyList<string> stylesheets) =>
        new(CssName, JsonSerializer.Serialize(new LiveCssData(stylesheets), LiveJson.Default.LiveCssData));

    public static LiveEvent Errors(IEnumerable<Diagnostic> diagnostics) => new(ErrorsName, JsonSerializer.Serialize(
        new LiveErrorsData([.. diagnostics.Select(d => new LiveDiagnostic(d.Path, d.Line, d.Column, d.Code, d.Message, d.ToString()))]),
        LiveJson.Default.LiveErrorsData));

    public static LiveEvent Ok() => new(OkName, "{}");

    /// <summary>The event as it goes on the wire.</summary>
    public string Format() => $"event: {Name}\ndata: {Data}\n\n";
}
