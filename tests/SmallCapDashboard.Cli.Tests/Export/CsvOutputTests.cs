using SmallCapDashboard.Cli.Export;

namespace SmallCapDashboard.Cli.Tests.Export;

public sealed class CsvOutputTests
{
    [Fact]
    public async Task Write_ToStdout_HeaderThenRowsWithQuotingWhereNeeded()
    {
        var stdout = new StringWriter();

        await using (var csv = CsvOutput.Open("-", stdout, ["Date", "Source"]))
        {
            csv.Write("2017-01-03", "import:yahoo");
            csv.Write("2017-01-04", "a,b");
        }

        Assert.Equal("Date,Source\n2017-01-03,import:yahoo\n2017-01-04,\"a,b\"\n", stdout.ToString());
    }

    [Fact]
    public async Task Write_ToFile_LeavesStdoutEmpty()
    {
        var stdout = new StringWriter();
        var path = Path.Combine(Path.GetTempPath(), $"smallcap-out-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var csv = CsvOutput.Open(path, stdout, ["A"]))
            {
                csv.Write("1");
                await csv.CompleteAsync();
            }

            Assert.Equal("", stdout.ToString());
            Assert.Equal("A\n1\n", await File.ReadAllTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Write_ToFileNotCompleted_LeavesOlderFileAndNoPartialFile()
    {
        var folder = Directory.CreateTempSubdirectory("smallcap-out-").FullName;
        var path = Path.Combine(folder, "x.csv");
        await File.WriteAllTextAsync(path, "older\n");
        try
        {
            await using (var csv = CsvOutput.Open(path, TextWriter.Null, ["A"]))
            {
                csv.Write("1");
            }

            Assert.Equal("older\n", await File.ReadAllTextAsync(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Complete_ToExistingFile_ReplacesIt()
    {
        var folder = Directory.CreateTempSubdirectory("smallcap-out-").FullName;
        var path = Path.Combine(folder, "x.csv");
        await File.WriteAllTextAsync(path, "older\n");
        try
        {
            await using (var csv = CsvOutput.Open(path, TextWriter.Null, ["A"]))
            {
                csv.Write("2");
                await csv.CompleteAsync();
            }

            Assert.Equal("A\n2\n", await File.ReadAllTextAsync(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Open_MissingFolder_NamesTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}");

        var ex = Assert.Throws<CliException>(() => CsvOutput.Open(Path.Combine(folder, "x.csv"), TextWriter.Null, ["A"]));

        Assert.Contains(folder, ex.Message, StringComparison.Ordinal);
    }
}
