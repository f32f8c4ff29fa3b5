using SmallCapDashboard.Web.Endpoints;

namespace SmallCapDashboard.Web.Services.Funds;

/// <summary>
/// The CSVs of the <c>/funds</c> tables (invariant culture, round-trip precision, empty cells for missing values): the
/// holdings tables of each fund's latest snapshot on or before the as-of date, the fund days of the window.
/// </summary>
public static class FundsCsv
{
    /// <summary><c>Fund,AsOf,Sector,WeightPercent,MarketValue,Holdings</c>: the shown snapshot's sector weights of each fund.</summary>
    public static string Sectors(FundsModel model) => CsvTable.Write(["Fund", "AsOf", "Sector", "WeightPercent", "MarketValue", "Holdings"], csv =>
    {
        foreach (var f in model.Funds.Where(f => f.Latest is not null))
        {
            foreach (var s in f.Sectors)
            {
                csv.WriteField(f.Symbol);
                csv.WriteField(CsvTable.Date(f.Latest!.AsOf));
                csv.WriteField(s.Sector);
                csv.WriteField(CsvTable.Number(s.WeightPercent));
                csv.WriteField(CsvTable.Number(s.MarketValue));
                csv.WriteField(s.Holdings.ToString(System.Globalization.CultureInfo.InvariantCulture));
                csv.EndRecord();
            }
        }
    });

    /// <summary><c>Fund,AsOf,Ticker,Name,Sector,AssetClass,WeightPercent,MarketValue,Quantity,Price</c>: the top holdings of each fund.</summary>
    public static string Holdings(FundsModel model) =>
        CsvTable.Write(["Fund", "AsOf", "Ticker", "Name", "Sector", "AssetClass", "WeightPercent", "MarketValue", "Quantity", "Price"], csv =>
        {
            foreach (var f in model.Funds.Where(f => f.Latest is not null))
            {
                foreach (var h in f.TopHoldings)
                {
                    csv.WriteField(f.Symbol);
                    csv.WriteField(CsvTable.Date(f.Latest!.AsOf));
                    csv.WriteField(h.Ticker);
                    csv.WriteField(h.Name);
                    csv.WriteField(h.Sector);
                    csv.WriteField(h.AssetClass);
                    csv.WriteField(CsvTable.Number(h.WeightPercent));
                    csv.WriteField(CsvTable.Number(h.MarketValue));
                    csv.WriteField(CsvTable.Number(h.Quantity));
                    csv.WriteField(CsvTable.Number(h.Price));
                    csv.EndRecord();
                }
            }
        });

    /// <summary><c>Fund,From,To,Sector,WeightBefore,WeightAfter,Change</c>: sector weights between each fund's two latest snapshots on or before the as-of date.</summary>
    public static string SectorChanges(FundsModel model) =>
        CsvTable.Write(["Fund", "From", "To", "Sector", "WeightBefore", "WeightAfter", "Change"], csv =>
        {
            foreach (var f in model.Funds.Where(f => f.Previous is not null))
            {
                foreach (var c in f.Changes)
                {
                    csv.WriteField(f.Symbol);
                    csv.WriteField(CsvTable.Date(f.Previous!.AsOf));
                    csv.WriteField(CsvTable.Date(f.Latest!.AsOf));
                    csv.WriteField(c.Sector);
                    csv.WriteField(CsvTable.Number(c.Before));
                    csv.WriteField(CsvTable.Number(c.After));
                    csv.WriteField(CsvTable.Number(c.Change));
                    csv.EndRecord();
                }
            }
        });

    /// <summary><c>Date,Fund,SharesOutstanding,Nav,Aum,Source,Modelled</c>: each fund's stored days in the charts' window (base close to end), at full daily resolution.</summary>
    public static string Aum(FundsModel model) =>
        CsvTable.Write(["Date", "Fund", "SharesOutstanding", "Nav", "Aum", "Source", "Modelled"], csv =>
        {
            foreach (var f in model.Funds)
            {
                var d = f.Days;
                for (var i = 0; i < d.Count; i++)
                {
                    csv.WriteField(CsvTable.Date(d.Dates[i]));
                    csv.WriteField(f.Symbol);
                    csv.WriteField(CsvTable.Number(d.SharesOutstanding[i]));
                    csv.WriteField(CsvTable.Number(d.Nav[i]));
                    csv.WriteField(CsvTable.Number(d.Aum[i]));
                    csv.WriteField(d.Source[i]);
                    csv.WriteField(d.Modelled[i] ? "true" : "false");
                    csv.EndRecord();
                }
            }
        });
}
