namespace SiteGen.Core.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
