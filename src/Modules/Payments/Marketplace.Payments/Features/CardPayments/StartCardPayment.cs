using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Stripe;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;

namespace Marketplace.Payments.Features.CardPayments;

/// <summary>
/// Gives the payment page its PaymentIntent. The intent is created once per order and amount
/// (the idempotency key says so), so a reload, a second tab or a retry after a timeout all get
/// the same intent back from Stripe, and the shopper can never be charged twice for one order.
/// </summary>
internal sealed class StartCardPaymentHandler(PaymentsDbContext db, PaymentBook book, StripeGateway stripe)
    : IRequestHandler<StartCardPaymentCommand, Result<CardPaymentSession>>
{
    public async ValueTask<Result<CardPaymentSession>> Handle(StartCardPaymentCommand command, CancellationToken cancellationToken)
    {
        var found = await book.ForBuyerAsync(command.OrderId, command.BuyerId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var payment = found.Value;
        if (payment.Method != PaymentMethod.Card)
        {
            return Error.Rule("payment.not_by_card", Bilingual.Pick("Đơn hàng này không thanh toán bằng thẻ.", "This order is not paid by card."));
        }

        if (PaymentBook.NotPayable(payment) is { } notPayable)
        {
            return notPayable;
        }

        var intent = await stripe.CreatePaymentIntentAsync(payment.OrderId, payment.OrderNumber, payment.AmountVnd, payment.BuyerEmail, cancellationToken);
        if (!intent.IsSuccess)
        {
            return intent.Error!;
        }

        if (payment.StripePaymentIntentId != intent.Value.Id)
        {
            payment.AttachIntent(intent.Value.Id, intent.Value.ClientSecret);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new CardPaymentSession(
            payment.OrderId, payment.OrderNumber, intent.Value.Id, intent.Value.ClientSecret, stripe.PublishableKey, Money.Dong(payment.AmountVnd));
    }
}
