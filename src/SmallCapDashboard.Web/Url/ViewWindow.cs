using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Web.Url;

/// <summary>
/// The parameters every page shares: a relative <c>range</c> or a fixed <c>from</c>/<c>to</c>, an optional
/// pinned <c>asof</c> and the price <c>basis</c>. A fixed range wins over a relative one when both are given.
/// </summary>
public sealed record ViewWindow(Period? Range, DateOnly? From, DateOnly? To, DateOnly? AsOf, PriceBasis Basis)
{
    /// <summary>The default window: one year, price basis, as of the data's last date.</summary>
    public static ViewWindow Default { get; } = new(Period.Y1, null, null, null, PriceBasis.Price);

    /// <summary>True when the window is given by dates rather than a preset.</summary>
    public bool IsCustom => From is not null || To is not null;

    /// <summary>Reads <c>range</c>, <c>from</c>, <c>to</c>, <c>asof</c> and <c>basis</c>, adding notices for bad values.</summary>
    public static ViewWindow Read(QueryReader reader, Period defaultRange = Period.Y1)
    {
        Period? range = defaultRange;
        var rawRange = reader.Raw("range");
        if (rawRange is not null)
        {
            if (RangeTokens.TryParse(rawRange, out var parsed))
            {
                range = parsed;
            }
            else
            {
                reader.Add("range", $"'{QueryReader.Shown(rawRange)}' is not one of 1w, 1m, 3m, 6m, ytd, 1y, 3y, 5y, 10y, max; using {RangeTokens.ToToken(defaultRange)}.");
            }
        }

        var from = reader.Date("from");
        var to = reader.Date("to");
        if (from is not null && to is not null && from > to)
        {
            reader.Add("from", $"{from:yyyy-MM-dd} is after to={to:yyyy-MM-dd}; the range {RangeTokens.ToToken(defaultRange)} is shown instead.");
            from = null;
            to = null;
            range = defaultRange;
        }

        if (from is not null || to is not null)
        {
            if (rawRange is not null && RangeTokens.TryParse(rawRange, out _))
            {
                reader.Add("range", "ignored because from/to give the window.");
            }

            range = null;
        }

        var asOf = reader.Date("asof");
        var basisText = reader.Choice("basis", "price", "price", "total");
        var basis = basisText == "total" ? PriceBasis.Total : PriceBasis.Price;
        return new ViewWindow(range, from, to, asOf, basis);
    }

    /// <summary>Writes the parameters that differ from nothing (range always, basis only when total).</summary>
    public void Write(QueryWriter writer)
    {
        if (IsCustom)
        {
            writer.Set("from", From);
            writer.Set("to", To);
        }
        else
        {
            writer.Set("range", RangeTokens.ToToken(Range ?? Period.Y1));
        }

        writer.Set("asof", AsOf);
        if (Basis == PriceBasis.Total)
        {
            writer.Set("basis", "total");
        }
    }

    /// <summary>
    /// Resolves this window over a view's primary <paramref name="dates"/> (Analytics' <see cref="ResolvedWindow"/>: the
    /// one resolution every page, CSV and frozen link uses); adjustments become notices. Null when there are no dates.
    /// </summary>
    public ResolvedWindow? Resolve(DateOnly[] dates, List<QueryNotice> notices) =>
        ResolvedWindow.Resolve(dates, Range, From, To, AsOf, (parameter, text) => notices.Add(new QueryNotice(parameter, text)));

    /// <summary>This window frozen at <paramref name="resolved"/>: <c>from</c>, <c>to</c> and <c>asof</c> pinned, basis kept.</summary>
    public ViewWindow Frozen(ResolvedWindow resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var (from, to, asOf) = resolved.Frozen;
        return this with { Range = null, From = from, To = to, AsOf = asOf };
    }

    /// <summary>This window with a preset range (clears from/to).</summary>
    public ViewWindow WithRange(Period range) => this with { Range = range, From = null, To = null };

    /// <summary>This window with fixed dates.</summary>
    public ViewWindow WithDates(DateOnly? from, DateOnly? to) => this with { Range = null, From = from, To = to };
}
