using Marketplace.Accounts;
using Marketplace.Catalog;
using Marketplace.Ordering;
using Marketplace.Payments;
using Marketplace.SharedKernel.Behaviors;
using Marketplace.Vendors;
using Mediator;

namespace Marketplace.Web.Infrastructure;

internal static class MediatorSetup
{
    /// <summary>
    /// The one mediator every module talks through. Its code is generated here, at compile time,
    /// from the handlers of the assemblies listed (which grant this host their internals).
    /// Behaviours run outside in: logging with timing, validation, the module's transaction, and in
    /// it the audit of what a support person did for a cooperative (saved with the change or not at all).
    /// </summary>
    public static IServiceCollection AddMarketplaceMediator(this IServiceCollection services)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies =
            [
                typeof(RegisterAccountCommand),
                typeof(SharedKernel.Security.FindAccountQuery),
                typeof(VendorsModule),
                typeof(Vendors.Contracts.ListStorefrontsQuery),
                typeof(CatalogModule),
                typeof(Catalog.Contracts.ListVendorProductsQuery),
                typeof(OrderingModule),
                typeof(Ordering.Contracts.OrderPlacedIntegrationEvent),
                typeof(PaymentsModule),
                typeof(Payments.Contracts.GetPaymentOptionsQuery),
            ];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(UnitOfWorkBehavior<,>),
                typeof(Vendors.Features.SupportAccess.SupportAuditBehavior<,>),
            ];
        });
        return services;
    }
}
