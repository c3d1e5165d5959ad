using Marketplace.Payments.Features.BankTransfers;
using Marketplace.Payments.Features.CommissionRules;
using Marketplace.Payments.Features.ExchangeRates;
using Marketplace.Payments.Features.Ledger;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Features.Payouts;
using Marketplace.Payments.Features.Refunds;
using Marketplace.Payments.Features.Reports;
using Marketplace.Payments.Features.Settling;
using Marketplace.Payments.Features.WalletPayments;
using Marketplace.Payments.Features.Webhooks;
using Marketplace.SharedKernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features;

/// <summary>
/// Payments for programs, by audience: the buyer's payment, Stripe's webhook and the wallets' notifications, the admins' money
/// desk and a cooperative's ledger. Each feature maps its own endpoints onto these groups.
/// </summary>
internal static class PaymentsEndpoints
{
    public static void MapPaymentsEndpoints(this IEndpointRouteBuilder api)
    {
        var payment = api.MapGroup("/orders/{orderId:guid}/payment").WithTags("Payments").RequireAuthorization(AuthorizationPolicies.Api);
        payment.MapBuyerPayment();
        api.MapStripeWebhook();
        api.MapMoMoNotifications();
        api.MapZaloPayCallbacks();
        api.MapVnPayNotifications();

        var admin = api.MapGroup("/admin").WithTags("Payments (admin)").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapPaymentsAdmin();
        admin.MapBankTransfersAdmin();
        admin.MapRefundsAdmin();
        admin.MapLedgerAdmin();
        admin.MapPayoutsAdmin();
        admin.MapSettlingAdmin();
        admin.MapReportsAdmin();
        admin.MapCommissionRulesAdmin();
        admin.MapExchangeRatesAdmin();
        api.MapExchangeRates();

        var cooperative = api.MapGroup("/cooperatives/{cooperativeId:guid}").WithTags("Payments (cooperative)").RequireAuthorization(AuthorizationPolicies.Api);
        cooperative.MapCooperativeLedger();
        cooperative.MapPayoutAccount();
        cooperative.MapCooperativeDebt();
    }
}
