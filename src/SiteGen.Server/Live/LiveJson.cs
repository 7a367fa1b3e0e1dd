using System.Text.Json.Serialization;

namespace SiteGen.Server.Live;

/// <summary>The data of the live-reload events, and their serialisation code generated at compile time (AOT-safe).</summary>
[JsonSerializable(typeof(LiveReloadData))]
[JsonSerializable(typeof(LiveCssData))]
[JsonSerializable(typeof(LiveErrorsData))]
internal sealed partial class LiveJson : JsonSerializerContext;
