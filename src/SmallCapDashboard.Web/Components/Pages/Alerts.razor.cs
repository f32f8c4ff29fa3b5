using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Data.Alerts;

namespace SmallCapDashboard.Web.Components.Pages;

/// <summary>
/// /alerts: the rules, the recent events with their frozen links, and for a signed-in user an editor with a live
/// history preview. Without a cascading <see cref="AuthenticationState"/> (no sign-in configured) or an anonymous
/// user, the page is read-only. Changes go through <see cref="AlertRuleStore"/> with the user's id, which refuses
/// rules the user does not own.
/// </summary>
public partial class Alerts
{
    private IReadOnlyList<AlertRuleInfo>? _rules;
    private IReadOnlyList<AlertEventInfo>? _events;
    private string? _userId;
    private string? _symbol;
    private string? _rule;
    private PriceBasis _basis = PriceBasis.Price;
    private string? _name;
    private string? _webhook;
    private string? _secret;
    private string? _email;
    private string? _error;
    private AlertPreview? _preview;
    private int _previewVersion;

    [Inject]
    private AlertRuleStore Store { get; set; } = default!;

    /// <summary>The signed-in user, when the host provides authentication state.</summary>
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            var user = (await AuthenticationState).User;
            _userId = user.Identity?.IsAuthenticated == true
                ? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity.Name
                : null;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _rules = await Store.ListAsync();
        _events = await Store.RecentEventsAsync(50);
    }

    private bool MayChange(AlertRuleInfo rule) => _userId is not null && rule.OwnerUserId == _userId;

    private Task SymbolChanged(string? value)
    {
        _symbol = value;
        return PreviewAsync();
    }

    private Task RuleChanged(string? value)
    {
        _rule = value;
        return PreviewAsync();
    }

    private Task BasisChanged(PriceBasis value)
    {
        _basis = value;
        return PreviewAsync();
    }

    private async Task PreviewAsync()
    {
        var version = ++_previewVersion;
        _error = null;
        if (string.IsNullOrWhiteSpace(_symbol) || string.IsNullOrWhiteSpace(_rule))
        {
            _preview = null;
            return;
        }

        try
        {
            var preview = await Store.PreviewAsync(_symbol, _rule, _basis);
            if (version == _previewVersion)
            {
                _preview = preview;
            }
        }
        catch (AlertInputException e)
        {
            _preview = null;
            _error = e.Message;
        }
    }

    private async Task CreateAsync()
    {
        if (_userId is null)
        {
            return;
        }

        _error = null;
        try
        {
            await Store.AddAsync(
                new AlertRuleDraft(_symbol ?? "", _rule ?? "") { Basis = _basis, Name = _name, WebhookUrl = _webhook, WebhookSecret = _secret, Email = _email },
                _userId);
            _symbol = _rule = _name = _webhook = _secret = _email = null;
            _preview = null;
            await LoadAsync();
        }
        catch (AlertInputException e)
        {
            _error = e.Message;
        }
    }

    private async Task TogglePauseAsync(AlertRuleInfo rule)
    {
        if (_userId is not null)
        {
            await Store.SetPausedAsync(rule.Id, !rule.Paused, AlertActor.User(_userId));
            await LoadAsync();
        }
    }

    private async Task DeleteAsync(AlertRuleInfo rule)
    {
        if (_userId is not null)
        {
            await Store.RemoveAsync(rule.Id, AlertActor.User(_userId));
            await LoadAsync();
        }
    }

    private static string Channels(AlertRuleInfo r)
    {
        var parts = new List<string>();
        if (r.WebhookUrl is not null)
        {
            parts.Add(r.Signed ? "webhook (signed)" : "webhook");
        }

        if (r.Email is not null)
        {
            parts.Add("e-mail");
        }

        return parts.Count == 0 ? "feed only" : string.Join(", ", parts);
    }

    private static string Fmt(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";

    private static string Num(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static string Pct(double? fraction) => fraction is { } f ? (f * 100).ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture) + "%" : "–";
}
