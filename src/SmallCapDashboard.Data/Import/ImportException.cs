namespace SmallCapDashboard.Data.Import;

/// <summary>
/// A file was refused. The message is one line naming the file, the line (when there is one) and the field.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>The field of a refusal whose fund name (an issuer file's) is not in the catalogue: retry with a symbol.</summary>
    public const string FundNameField = "fund name";

    public ImportException(string file, int? line, string? field, string problem)
        : base(Format(file, line, field, problem))
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>File name (without folders) of the refused file.</summary>
    public string File { get; }

    /// <summary>1-based line number in the file, when the problem sits on a line.</summary>
    public int? Line { get; }

    /// <summary>The column or field at fault, when there is one.</summary>
    public string? Field { get; }

    /// <summary>What was wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string file, int? line, string? field, string problem)
    {
        var where = file;
        if (line is not null)
        {
            where += $", line {line}";
        }

        if (!string.IsNullOrEmpty(field))
        {
            where += $", field '{field}'";
        }

        // One line: newlines inside the problem text would break CLI output and logs.
        return $"{where}: {problem.ReplaceLineEndings(" ")}";
    }
}
