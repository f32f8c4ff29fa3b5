namespace SmallCapDashboard.Analytics.Flows;

/// <summary>
/// One MODELLED fund day from <see cref="ModelledFlowGenerator"/> — not real data; show it labelled as modelled.
/// Consistent by construction: <c>Aum = SharesOutstanding × Nav</c> and
/// <c>NetFlow = (SharesOutstanding − previous SharesOutstanding) × Nav</c> (0 on the first day).
/// </summary>
/// <param name="Date">Session date.</param>
/// <param name="SharesOutstanding">Modelled shares outstanding (fractional shares are possible).</param>
/// <param name="Nav">NAV per share = the close the generator was given (currency).</param>
/// <param name="NetFlow">Modelled net flow of the day (currency; creations positive).</param>
/// <param name="Aum">Modelled assets under management (currency).</param>
public sealed record ModelledFlowDay(DateOnly Date, double SharesOutstanding, double Nav, double NetFlow, double Aum)
{
    /// <summary>Always true: every row of the generator is modelled.</summary>
    public bool Modelled => true;
}
