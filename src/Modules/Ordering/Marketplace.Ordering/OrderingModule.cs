using FluentValidation;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Features;
using Marketplace.Ordering.Features.BulkOrders;
using Marketplace.Ordering.Features.Contracts;
using Marketplace.Ordering.Features.Fulfilment;
using Marketplace.Ordering.Features.Invoices;
using Marketplace.Ordering.Features.OrderReports;
using Marketplace.Ordering.Features.Preorders;
using Marketplace.Ordering.Features.Remittances;
using Marketplace.Ordering.Features.Returns;
using Marketplace.Ordering.Features.Rfqs;
using Marketplace.Ordering.Features.Shipments;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Printing;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Ordering;

/// <summary>Carts, checkout, orders split per cooperative and their fulfilment.</summary>
public static class OrderingModule
{
    public static IServiceCollection AddOrderingModule(this IServiceCollection services)
    {
        services.AddModuleDatabase<OrderingDbContext, OrderingTransaction>(OrderingDbContext.SchemaName);
        services.AddValidatorsFromAssembly(typeof(OrderingModule).Assembly, includeInternalTypes: true);
        services.AddModuleText<OrderingText>();
        services.AddScoped<IDemoDataSeeder, OrderingDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, RfqDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, PreorderDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, VoucherDemoSeeder>();
        services.AddOptions<InvoiceOptions>().BindConfiguration(InvoiceOptions.Section);
        services.AddOptions<PreorderOptions>().BindConfiguration(PreorderOptions.Section);
        services.AddHostedService<PreorderAlertWatcher>();
        services.AddOptions<ContractOptions>().BindConfiguration(ContractOptions.Section);
        services.AddHostedService<ContractDeliveryWatcher>();
        services.AddDayRollups<OrderFactsReader>();
        services.AddScoped<PartSteps>();
        services.AddShipments();
        PdfFonts.AddPdfFonts(services);
        return services;
    }

    public static IEndpointRouteBuilder MapOrderingModule(this IEndpointRouteBuilder api)
    {
        api.MapOrderingEndpoints();
        api.MapBulkOrderEndpoints();
        api.MapRfqEndpoints();
        api.MapContractEndpoints();
        api.MapReturnEndpoints();
        api.MapShipmentEndpoints();
        api.MapRemittanceEndpoints();
        return api;
    }
}
