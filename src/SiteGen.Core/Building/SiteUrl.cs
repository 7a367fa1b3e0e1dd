using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Building;

/// <summary>
/// Checks a URL option (<c>--base-url</c>, <c>--repo-url</c>) before anything is built: it is written into every
/// page's links, so it must be an absolute http or https URL with a host, written with the characters a URI allows (no whitespace, quotes or angle brackets).
/// </summary>
public static class SiteUrl
{
    /// <summary>An SG0008 error naming <paramref name="option"/> when <paramref name="value"/> is set and not such a URL; null otherwise.</summary>
    public static Diagnostic? Check(string option, string? value)
    {
        if (value is null || IsHttpUrl(value))
        {
            return null;
        }

        return new Diagnostic(option, 0, 0, DiagnosticSeverity.Error, DiagnosticCodes.OptionInvalid,
            $"{option} '{value}' is not an absolute http or https URL", "write it as https://example.org/notes/");
    }

    /// <summary>Only the characters RFC 3986 allows in a URI: no whitespace, quotes, angle brackets or backslashes.</summary>
    private const string Allowed = "-._~:/?#[]@!$&'()*+,;=%";

    public static bool IsHttpUrl(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || Allowed.Contains(c)) &&
        Uri.TryCreate(value, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        uri.Host.Length > 0 &&
        value.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);
}
