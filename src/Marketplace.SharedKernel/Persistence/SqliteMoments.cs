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
    public static string ToUtc(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sql = new StringBuilder();
        foreach (var table in context.Model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var moments = table.Columns
                .Where(c => c.PropertyMappings.Any(m => (Nullable.GetUnderlyingType(m.Property.ClrType) ?? m.Property.ClrType) == typeof(DateTimeOffset)))
                .OrderBy(c => c.Name, StringComparer.Ordinal);
            foreach (var column in moments)
            {
                var value = $"\"{column.Name}\"";
                var offset = $"(CASE WHEN ({value} & 2047) >= 1024 THEN ({value} & 2047) - 2048 ELSE ({value} & 2047) END)";
                sql.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"UPDATE \"{table.Name}\" SET {value} = ((({value} >> 11) - {offset} * 600000) << 11) "
                    + $"WHERE {value} IS NOT NULL AND ({value} & 2047) <> 0;\n");
            }
        }

        return sql.ToString();
    }
}
