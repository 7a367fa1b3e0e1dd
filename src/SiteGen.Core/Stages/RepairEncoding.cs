using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Text;

namespace SiteGen.Core.Stages;

/// <summary>Repairs UTF-8 damaged into <c>â€™</c>-style sequences, with a warning per line it touched.</summary>
public sealed class RepairEncoding : DocumentStage
{
    protected override Document Process(Document document, BuildContext context)
    {
        var repairs = new List<Mojibake.Repair>();
        var text = Mojibake.Fix(document.Content, repairs);
        var lines = repairs.Count == 0 ? [] : document.Content.Split('\n');
        foreach (var line in repairs.GroupBy(r => r.Line))
        {
            var examples = string.Join(", ", line.Select(r => $"'{r.Damaged}' → '{r.Repaired}'").Distinct());
            var damaged = lines[line.Key - 1].TrimEnd('\r');
            context.Warning(document.SourcePath, line.Key, 1, DiagnosticCodes.DamagedEncoding,
                $"damaged UTF-8 repaired in the output: {examples}", "save the file as UTF-8 (sitegen check --fix repairs it)",
                (damaged, Mojibake.Fix(damaged)));
        }

        return repairs.Count == 0 ? document : document.WithContent(text);
    }
}
