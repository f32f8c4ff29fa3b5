using System.CommandLine;
using System.Globalization;
using SmallCapDashboard.Analytics.Alerts;
using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Cli.Database;
using SmallCapDashboard.Cli.Input;
using SmallCapDashboard.Data.Alerts;

namespace SmallCapDashboard.Cli.Commands;

/// <summary>
/// <c>alerts add|list|remove|check|test</c>: the store's alert rules from the command line. Every check (and every
/// import or seed, through the data-change listener) evaluates the rules and delivers what is new.
/// </summary>
internal static class AlertsCommands
{
    public static Command Create(CliContext context)
    {
        var alerts = new Command("alerts", "Alert rules: add, list, remove, check now, send a test.");
        alerts.Subcommands.Add(Add(context));
        alerts.Subcommands.Add(List(context));
        alerts.Subcommands.Add(Remove(context));
        alerts.Subcommands.Add(Check(context));
        alerts.Subcommands.Add(Test(context));
        return alerts;
    }

    private static Command Add(CliContext context)
    {
        var symbol = new Option<string>("--symbol") { Description = "Symbol or ratio symbol, e.g. IWM or IWM:SPY.", Required = true };
        var when = new Option<string>("--when")
        {
            Description = "The rule: " + string.Join(", ", AlertRuleParser.Heads) + " (e.g. death:10/50, spread-below:-10:ytd, flow-below:-700m:2).",
            Required = true,
        };
        var basis = new Option<string?>("--basis") { Description = "price (default) or total.", HelpName = "price|total" };
        var webhook = new Option<string?>("--webhook") { Description = "POST each event as JSON to this URL." };
        var secret = new Option<string?>("--secret") { Description = "Sign webhook bodies: X-SmallCap-Signature: sha256=<HMAC>." };
        var email = new Option<string?>("--email") { Description = "E-mail each event to this address (SMTP from Alerts__Smtp__*)." };
        var name = new Option<string?>("--name") { Description = "Display name (default: SYMBOL RULE)." };
        var command = new Command("add", "Add a rule; prints its id. It fires for sessions stored after now (no history flood).")
        {
            symbol, when, basis, webhook, secret, email, name,
        };
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var draft = new AlertRuleDraft(result.GetValue(symbol)!, result.GetValue(when)!)
            {
                Basis = Basis.IsTotal(result.GetValue(basis)) ? PriceBasis.Total : PriceBasis.Price,
                WebhookUrl = result.GetValue(webhook),
                WebhookSecret = result.GetValue(secret),
                Email = result.GetValue(email),
                Name = result.GetValue(name),
            };
            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
            var rule = await Refusing(() => store.Get<AlertRuleStore>().AddAsync(draft, ownerUserId: null, ct));
            await context.Out.WriteLineAsync(rule.Id.ToString(CultureInfo.InvariantCulture));
            await context.Err.WriteLineAsync(
                $"Added rule {rule.Id}: {rule.Symbol} {rule.Rule} ({AlertMessage.BasisName(rule.Basis)} basis); it fires for sessions after {Date(rule.LastSeenDate)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List the rules.");
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
            var rules = await store.Get<AlertRuleStore>().ListAsync(ct: ct);
            if (rules.Count == 0)
            {
                await context.Out.WriteLineAsync("No alert rules; add one with 'smallcap alerts add --symbol IWM --when death:10/50'.");
                return ExitCodes.Success;
            }

            var rows = new List<string[]> { new[] { "Id", "Symbol", "Rule", "Basis", "State", "Last seen", "Channels", "Name" } };
            foreach (var r in rules)
            {
                var channels = new List<string>();
                if (r.WebhookUrl is { } url)
                {
                    channels.Add("webhook " + url + (r.Signed ? " (signed)" : ""));
                }

                if (r.Email is { } mail)
                {
                    channels.Add("email " + mail);
                }

                rows.Add([
                    r.Id.ToString(CultureInfo.InvariantCulture), r.Symbol, r.Rule, AlertMessage.BasisName(r.Basis), r.Paused ? "paused" : "active",
                    Date(r.LastSeenDate), channels.Count == 0 ? "-" : string.Join("; ", channels), r.Name,
                ]);
            }

            await WriteTableAsync(context.Out, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var id = new Argument<int>("id") { Description = "Rule id (see 'alerts list')." };
        var command = new Command("remove", "Delete a rule with its events.") { id };
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var ruleId = result.GetValue(id);
            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
            var outcome = await store.Get<AlertRuleStore>().RemoveAsync(ruleId, AlertActor.Cli, ct);
            if (outcome != AlertChangeResult.Done)
            {
                throw new CliException($"alerts remove: no rule {ruleId} (see 'smallcap alerts list').");
            }

            await context.Out.WriteLineAsync($"Removed rule {ruleId}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CliContext context)
    {
        var command = new Command("check", "Evaluate every active rule now, deliver what is new, print what fired.");
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
            var check = await store.Get<AlertChecker>().CheckAsync(ct);
            foreach (var e in check.NewEvents)
            {
                await context.Out.WriteLineAsync(
                    $"{Date(e.Date)}  rule {e.RuleId}  {e.Symbol} {e.Rule}  {e.Kind}  {e.Value.ToString("G6", CultureInfo.InvariantCulture)}  {e.Description}  {e.Link}");
            }

            foreach (var d in check.Deliveries.Where(d => !d.Delivered))
            {
                await context.Err.WriteLineAsync($"smallcap: warning: {d.Channel} to {d.Target} failed (tried again on the next check): {Cli.OneLine(d.Error ?? "")}");
            }

            foreach (var p in check.Problems)
            {
                await context.Err.WriteLineAsync($"smallcap: warning: {Cli.OneLine(p)}");
            }

            var delivered = check.Deliveries.Count(d => d.Delivered);
            await context.Out.WriteLineAsync(
                $"Checked {check.RulesEvaluated} rules in {check.EvaluationTime.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms: "
                + $"{check.NewEvents.Count} new events, {delivered} of {check.Deliveries.Count} deliveries sent.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Test(CliContext context)
    {
        var id = new Argument<int>("id") { Description = "Rule id (see 'alerts list')." };
        var command = new Command("test", "Send a sample message to the rule's channels (records nothing).") { id };
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var ruleId = result.GetValue(id);
            await using var store = await CliDatabase.OpenAsync(context, result, migrate: false, ct);
            var outcomes = await store.Get<AlertDispatcher>().SendTestAsync(ruleId, ct)
                ?? throw new CliException($"alerts test: no rule {ruleId} (see 'smallcap alerts list').");
            if (outcomes.Count == 0)
            {
                throw new CliException($"alerts test: rule {ruleId} has no webhook or e-mail; it shows on /alerts and the feed only.");
            }

            foreach (var o in outcomes.Where(o => o.Delivered))
            {
                await context.Out.WriteLineAsync($"Sent a test to {o.Channel} {o.Target}.");
            }

            if (outcomes.FirstOrDefault(o => !o.Delivered) is { } failed)
            {
                throw new CliException($"alerts test: {failed.Channel} to {failed.Target} failed: {Cli.OneLine(failed.Error ?? "")}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<T> Refusing<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (AlertInputException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static async Task WriteTableAsync(TextWriter output, List<string[]> rows)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in rows)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        }
    }
}
