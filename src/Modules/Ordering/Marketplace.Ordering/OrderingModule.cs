using Marketplace.Ordering.Data;
using Marketplace.SharedKernel.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Ordering;

/// <summary>Carts, checkout, orders split per cooperative, RFQs and quotes.</summary>
public static class OrderingModule
{
    public const string Namespace = "Marketplace.Ordering";

    public static IServiceCollection AddOrderingModule(this IServiceCollection services)
    {
        services.AddModuleDatabase<OrderingDbContext>(OrderingDbContext.SchemaName, Namespace);
        return services;
    }

    public static IEndpointRouteBuilder MapOrderingModule(this IEndpointRouteBuilder api) => api;
}
