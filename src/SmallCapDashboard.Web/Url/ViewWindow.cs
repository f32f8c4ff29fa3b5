namespace SmallCapDashboard.Web.Url;

/// <summary>
/// The parameters every page shares: a relative <c>range</c> or a fixed <c>from</c>/<c>to</c>, an optional
/// pinned <c>asof</c> and the price <c>basis</c>. A fixed range wins over a relative one when both are given.
/// </summary>
public sealed record ViewWindow(RangePreset? Range, DateOnly? From, DateOnly? To, DateOnly? AsOf, PriceBasisChoice Basis)
{
    /// <summary>The default window: one year, price basis, as of the data's last date.</summary>
    public static ViewWindow Default { get; } = new(RangePreset.Y1, null, null, null, PriceBasisChoice.Price);

    /// <summary>True when the window is given by dates rather than a preset.</summary>
    public bool IsCustom => From is not null || To is not null;

    /// <summary>Reads <c>range</c>, <c>from</c>, <c>to</c>, <c>asof</c> and <c>basis</c>, adding notices for bad values.</summary>
    public static ViewWindow Read(QueryReader reader, RangePreset defaultRange = RangePreset.Y1)
    {
        RangePreset? range = defaultRange;
        var rawRange = reader.Raw("range");
        if (rawRange is not null)
        {
            if (RangePresets.TryParse(rawRange, out var parsed))
            {
                range = parsed;
            }
            else
            {
                reader.Add("range", $"'{QueryReader.Shown(rawRange)}' is not one of 1w, 1m, 3m, 6m, ytd, 1y, 3y, 5y, 10y, max; using {RangePresets.Token(defaultRange)}.");
            }
        }

        var from = reader.Date("from");
        var to = reader.Date("to");
        if (from is not null && to is not null && from > to)
        {
            reader.Add("from", $"{from:yyyy-MM-dd} is after to={to:yyyy-MM-dd}; the range {RangePresets.Token(defaultRange)} is shown instead.");
            from = null;
            to = null;
            range = defaultRange;
        }

        if (from is not null || to is not null)
        {
            if (rawRange is not null && RangePresets.TryParse(rawRange, out _))
            {
                reader.Add("range", "ignored because from/to give the window.");
            }

            range = null;
        }

        var asOf = reader.Date("asof");
        var basisText = reader.Choice("basis", "price", "price", "total");
        var basis = basisText == "total" ? PriceBasisChoice.Total : PriceBasisChoice.Price;
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
            writer.Set("range", RangePresets.Token(Range ?? RangePreset.Y1));
        }

        writer.Set("asof", AsOf);
        if (Basis == PriceBasisChoice.Total)
        {
            writer.Set("basis", "total");
        }
    }

    /// <summary>This window with a preset range (clears from/to).</summary>
    public ViewWindow WithRange(RangePreset range) => this with { Range = range, From = null, To = null };

    /// <summary>This window with fixed dates.</summary>
    public ViewWindow WithDates(DateOnly? from, DateOnly? to) => this with { Range = null, From = from, To = to };
}
