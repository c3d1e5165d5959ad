using Microsoft.EntityFrameworkCore;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// Points a module's DbContext at the configured database. The host implements it, so modules
/// stay free of provider packages and of the connection string.
/// </summary>
public interface IModuleDatabase
{
    DatabaseProvider Provider { get; }

    void Configure(DbContextOptionsBuilder options, string schema);
}
