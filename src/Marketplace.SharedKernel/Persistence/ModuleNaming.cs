using Microsoft.EntityFrameworkCore;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>Keeps each module's tables apart: a schema where the database has them, a prefix where it does not.</summary>
public static class ModuleNaming
{
    public static void Apply(ModelBuilder modelBuilder, string schema, bool isSqlite)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (!isSqlite)
        {
            modelBuilder.HasDefaultSchema(schema);
            return;
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null && entity.GetViewName() is null && !table.StartsWith(schema + "_", StringComparison.Ordinal))
            {
                entity.SetTableName($"{schema}_{table}");
            }
        }
    }

    /// <summary>The name of the table EF records a module's applied migrations in.</summary>
    public static string MigrationsHistoryTable(string schema, bool isSqlite) =>
        isSqlite ? $"{schema}___ef_migrations" : "__ef_migrations";
}
