using Microsoft.EntityFrameworkCore;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// Points a module's DbContext at the configured database. The host implements it, so modules
/// stay free of provider packages and of the connection string.
/// </summary>
public interface IModuleDatabase
{
    DatabaseProvider Provider { get; }

    /// <summary>
    /// Configures a module's context on the connection of <paramref name="scope"/>: every module's
    /// context in one request shares one connection, so that a change spanning two modules
    /// (checkout takes Catalog's stock and writes Ordering's order) can be one transaction.
    /// </summary>
    void Configure(DbContextOptionsBuilder options, string schema, IServiceProvider scope);
}
