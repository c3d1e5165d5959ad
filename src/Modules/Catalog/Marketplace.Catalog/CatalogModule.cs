using FluentValidation;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Features.ListVendorProducts;
using Marketplace.SharedKernel.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Catalog;

/// <summary>Products, units, prices, stock and the sellers allowed to list them.</summary>
public static class CatalogModule
{
    public const string Namespace = "Marketplace.Catalog";

    public static IServiceCollection AddCatalogModule(this IServiceCollection services)
    {
        services.AddModuleDatabase<CatalogDbContext>(CatalogDbContext.SchemaName, Namespace);
        services.AddValidatorsFromAssembly(typeof(CatalogModule).Assembly, includeInternalTypes: true);
        services.AddScoped<IDemoDataSeeder, CatalogDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogModule(this IEndpointRouteBuilder api)
    {
        api.MapListVendorProducts();
        return api;
    }
}
