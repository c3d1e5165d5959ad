using FluentValidation;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features;
using Marketplace.Payments.Features.CardPayments;
using Marketplace.Payments.Features.CommissionRules;
using Marketplace.Payments.Features.Deadlines;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Features.Reports;
using Marketplace.Payments.Features.WalletPayments;
using Marketplace.Payments.MoMo;
using Marketplace.Payments.Stripe;
using Marketplace.Payments.VnPay;
using Marketplace.Payments.Wallets;
using Marketplace.Payments.ZaloPay;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Printing;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Payments;

/// <summary>Card, MoMo, ZaloPay, VNPay, cash-on-delivery and bank-transfer payments, refunds, each cooperative's ledger and payouts.</summary>
public static class PaymentsModule
{
    public static IServiceCollection AddPaymentsModule(this IServiceCollection services)
    {
        services.AddModuleDatabase<PaymentsDbContext, PaymentsTransaction>(PaymentsDbContext.SchemaName);
        services.AddValidatorsFromAssembly(typeof(PaymentsModule).Assembly, includeInternalTypes: true);
        services.AddModuleText<PaymentsText>();
        PdfFonts.AddPdfFonts(services);
        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section);
        services.AddStripeGateway();
        services.AddWalletGateway<MoMoGateway, MoMoOptions>(MoMoOptions.Section, MoMoGateway.HttpClientName);
        services.AddWalletGateway<ZaloPayGateway, ZaloPayOptions>(ZaloPayOptions.Section, ZaloPayGateway.HttpClientName);
        services.AddWalletGateway<VnPayGateway, VnPayOptions>(VnPayOptions.Section, VnPayGateway.HttpClientName);
        services.AddScoped<WalletGateways>();
        services.AddScoped<PaymentBook>();
        services.AddScoped<CommissionPricing>();
        services.AddScoped<CardOutcomes>();
        services.AddScoped<WalletOutcomes>();
        services.AddHostedService<PaymentDeadlineWatcher>();
        services.AddDayRollups<SalesFactsReader>();
        services.AddScoped<IDemoDataSeeder, PaymentsDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapPaymentsModule(this IEndpointRouteBuilder api)
    {
        api.MapPaymentsEndpoints();
        return api;
    }
}
