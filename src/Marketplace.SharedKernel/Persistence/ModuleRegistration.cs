using Marketplace.SharedKernel.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Marketplace.SharedKernel.Persistence;

public static class ModuleRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured database, its unit of work under the
    /// module's transaction type, and the background dispatcher of its outbox.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TTransaction>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
        where TTransaction : IModuleTransaction
    {
        services.TryAddSingleton<CachedReadsInvalidator>();
        services.TryAddSingleton<OutboxSignals>();
        services.TryAddSingleton<OutboxWake>();
        services.AddDbContext<TContext>((provider, options) =>
        {
            provider.GetRequiredService<IModuleDatabase>().Configure(options, schema, provider);
            options.AddInterceptors(provider.GetRequiredService<CachedReadsInvalidator>(), provider.GetRequiredService<OutboxWake>());
        });
        services.AddKeyedScoped<IModuleUnitOfWork>(typeof(TTransaction), (provider, _) =>
            new ModuleUnitOfWork<TContext>(provider.GetRequiredService<TContext>()));
        services.AddSingleton(new ModuleContextType(typeof(TContext)));
        services.TryAddSingleton<InstanceIdentity>();
        services.AddSingleton<OutboxProcessor<TContext>>();
        services.AddSingleton<IOutboxProcessor>(provider => provider.GetRequiredService<OutboxProcessor<TContext>>());
        services.AddHostedService<OutboxDispatcher<TContext>>();
        return services;
    }
}

/// <summary>Lets the host find every module's DbContext, to migrate it and to check it is ready.</summary>
public sealed record ModuleContextType(Type ContextType);
