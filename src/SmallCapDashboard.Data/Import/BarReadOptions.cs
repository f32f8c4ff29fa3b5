namespace SmallCapDashboard.Data.Import;

/// <summary>How <see cref="BarFileReader"/> reads a file.</summary>
/// <param name="Through">Rows dated after this are skipped without reading their values (the bundle's cut at its end date); null reads every row.</param>
/// <param name="Time">The clock that says what "today" is (dates after the next New York session are refused); default the system clock.</param>
public sealed record BarReadOptions(DateOnly? Through = null, TimeProvider? Time = null);
