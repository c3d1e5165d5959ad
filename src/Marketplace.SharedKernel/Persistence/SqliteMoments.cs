using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// Rewrites, in a SQLite migration, every moment a module's tables hold with an offset other than
/// UTC (a commission rule starting at midnight in Vietnam, +07:00) as the same instant in UTC, the
/// form <see cref="UtcTicksConverter"/> writes and compares. EF Core's binary form keeps the
/// wall-clock time in 0.1 ms units above the offset's minutes in the low 11 bits (signed); the
/// instant is the wall-clock time less the offset. Rows already in UTC are left as they are.
/// </summary>
public static class SqliteMoments
{
    /// <summary>The SQL for the moment columns of a context's model as it is now (a test writes old rows in it).</summary>
    public static string ToUtc(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ToUtc([.. context.Model.GetRelationalModel().Tables.SelectMany(table => table.Columns
            .Where(c => c.PropertyMappings.Any(m => (Nullable.GetUnderlyingType(m.Property.ClrType) ?? m.Property.ClrType) == typeof(DateTimeOffset)))
            .Select(c => (table.Name, c.Name)))]);
    }

    /// <summary>
    /// The SQL for these columns. A migration names its own, as its tables stood then: the model of
    /// today may hold tables added by later migrations, and its snapshot keeps a moment as a number.
    /// </summary>
    public static string ToUtc(IReadOnlyCollection<(string Table, string Column)> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var sql = new StringBuilder();
        foreach (var (table, column) in columns.OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal))
        {
            var value = $"\"{column}\"";
            var offset = $"(CASE WHEN ({value} & 2047) >= 1024 THEN ({value} & 2047) - 2048 ELSE ({value} & 2047) END)";
            sql.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"UPDATE \"{table}\" SET {value} = ((({value} >> 11) - {offset} * 600000) << 11) "
                + $"WHERE {value} IS NOT NULL AND ({value} & 2047) <> 0;\n");
        }

        return sql.ToString();
    }
}
