using Marketplace.Payments.Data;
using Marketplace.SharedKernel.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Payments;

/// <summary>Card, cash-on-delivery and bank-transfer payments, refunds and payouts.</summary>
public static class PaymentsModule
{
    public const string Namespace = "Marketplace.Payments";

    public static IServiceCollection AddPaymentsModule(this IServiceCollection services)
    {
        services.AddModuleDatabase<PaymentsDbContext>(PaymentsDbContext.SchemaName, Namespace);
        return services;
    }

    public static IEndpointRouteBuilder MapPaymentsModule(this IEndpointRouteBuilder api) => api;
}
