using Marketplace.Accounts;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Persistence;

namespace Marketplace.Web.Infrastructure.Database;

internal static class DatabaseSetup
{
    public static IServiceCollection AddMarketplaceDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => DatabaseOptions.From(configuration, provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        services.AddSingleton<IModuleDatabase, ModuleDatabase>();
        services.AddSingleton<SqliteWriteGate>();
        services.AddScoped<ScopeConnection>();
        services.AddScoped<IOpenTransaction>(provider => provider.GetRequiredService<ScopeConnection>());
        services.AddDbContext<AccountsDbContext>((provider, options) =>
            provider.GetRequiredService<IModuleDatabase>().Configure(options, AccountsDbContext.SchemaName, provider));
        services.AddSingleton(TimeProvider.System);
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddScoped<RoleSeeder>();
        services.AddScoped<IDemoDataSeeder, AccountsDemoSeeder>();
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        return services;
    }
}
