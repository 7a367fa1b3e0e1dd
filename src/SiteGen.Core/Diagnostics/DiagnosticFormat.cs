namespace SiteGen.Core.Diagnostics;

public enum DiagnosticFormat
{
    Text,
    GitHub,
    Json,
}
