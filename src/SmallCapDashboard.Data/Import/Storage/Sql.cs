using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SmallCapDashboard.Data.Import.Storage;

/// <summary>
/// Table and column names taken from the EF model (so a naming convention a provider adds is followed), and
/// commands bound to the context's connection and current transaction.
/// </summary>
internal sealed class Sql
{
    private readonly MarketDbContext _context;
    private readonly IEntityType _entity;
    private readonly StoreObjectIdentifier _table;
    private readonly ISqlGenerationHelper _helper;

    public Sql(MarketDbContext context, Type entity)
    {
        _context = context;
        _entity = context.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model");
        _table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
        _helper = context.GetService<ISqlGenerationHelper>();
        IsPostgres = context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
    }

    public bool IsPostgres { get; }

    public string Table => _helper.DelimitIdentifier(_table.Name, _table.Schema);

    /// <summary>The delimited column of a property, e.g. <c>"TotalReturnFactor"</c>.</summary>
    public string Column(string property) =>
        _helper.DelimitIdentifier(_entity.FindProperty(property)!.GetColumnName(_table)!);

    public DbCommand Command(string text)
    {
        var command = _context.Database.GetDbConnection().CreateCommand();
        command.CommandText = text;
        command.Transaction = _context.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    public static DbParameter Parameter(DbCommand command, string name, object? value = null)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return p;
    }

    /// <summary>
    /// <c>INSERT … ON CONFLICT (keys) DO UPDATE SET …</c> for the given properties; with <paramref name="unnest"/>
    /// (PostgreSQL) the values come from one array parameter per column.
    /// </summary>
    public string Upsert(string[] keys, string[] properties, bool unnest)
    {
        var columns = string.Join(", ", properties.Select(Column));
        var values = unnest
            ? "SELECT * FROM unnest(" + string.Join(", ", properties.Select((_, i) => "@p" + i)) + ")"
            : "VALUES (" + string.Join(", ", properties.Select((_, i) => "@p" + i)) + ")";
        var updates = string.Join(", ", properties.Where(p => !keys.Contains(p)).Select(p => $"{Column(p)} = excluded.{Column(p)}"));
        return $"INSERT INTO {Table} ({columns}) {values} ON CONFLICT ({string.Join(", ", keys.Select(Column))}) DO UPDATE SET {updates}";
    }
}
