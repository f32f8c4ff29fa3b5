namespace SmallCapDashboard.Data.Import.Issuers;

/// <summary>One cell of a SpreadsheetML 2003 row: 1-based column, the <c>ss:Type</c> of its data, and its text.</summary>
internal readonly record struct SheetCell(int Column, string Type, string Text);

/// <summary>One row: 1-based row number in its sheet, the character offset of its tag (for line numbers), its cells.</summary>
internal sealed class SheetRow(int number, int offset, List<SheetCell> cells)
{
    public int Number { get; } = number;

    public int Offset { get; } = offset;

    public IReadOnlyList<SheetCell> Cells { get; } = cells;

    /// <summary>The text of the cell in 1-based <paramref name="column"/>, or "" when the row has none there.</summary>
    public string this[int column]
    {
        get
        {
            foreach (var c in Cells)
            {
                if (c.Column == column)
                {
                    return c.Text;
                }
            }

            return "";
        }
    }

    public SheetCell? Cell(int column)
    {
        foreach (var c in Cells)
        {
            if (c.Column == column)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>Non-empty cells.</summary>
    public int Filled => Cells.Count(c => c.Text.Length > 0);
}

/// <summary>A worksheet by name with its rows in file order.</summary>
internal sealed record Worksheet(string Name, IReadOnlyList<SheetRow> Rows);
