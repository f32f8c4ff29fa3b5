using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Cli.Input;

namespace SmallCapDashboard.Cli.Export;

/// <summary>What every export shares: the window to cut to, the price basis, and where the CSV goes.</summary>
internal sealed record ExportRequest(DateWindow Window, PriceBasis Basis, string? Out);
