using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.CommissionRules;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.Payments;

/// <summary>
/// Finds an order's payment, or opens it from what Ordering says of the order. It is opened by
/// the OrderPlaced notification, but a shopper who goes straight from checkout to the payment page
/// may be there first: whichever comes first opens it, with its commission priced by the rules in
/// force when the order was placed.
/// </summary>
internal sealed class PaymentBook(PaymentsDbContext db, ISender sender, CommissionPricing pricing, IOptions<PaymentsOptions> options)
{
    public async Task<Payment?> FindOrOpenAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == orderId, cancellationToken);
        if (payment is not null)
        {
            return payment;
        }

        var order = await sender.Send(new GetOrderForPaymentQuery(orderId), cancellationToken);
        if (order is null)
        {
            return null;
        }

        var commission = await pricing.PriceAsync(order, cancellationToken);
        var window = order.PaymentMethod.ThroughGateway() ? options.Value.CardPaymentWindow : options.Value.BankTransferWindow;
        payment = new Payment(order, commission.DefaultBasisPoints, order.PlacedAt + window, commission.PartCommissions);
        db.Payments.Add(payment);
        db.CommissionLines.AddRange(commission.Lines);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Opened at the same moment by the notification: take that one (and its lines).
            db.Entry(payment).State = EntityState.Detached;
            foreach (var line in commission.Lines)
            {
                db.Entry(line).State = EntityState.Detached;
            }

            return await db.Payments.SingleAsync(p => p.OrderId == orderId, cancellationToken); // the one that opened it settles it
        }

        if (payment.IsPrepaid && payment.AmountVnd == 0 && payment.Succeed(order.PlacedAt))
        {
            // A pre-order whose deposit paid the whole of it: nothing is left to ask, the sale is booked now.
            await Settlement.PaidAsync(db, payment, order.PlacedAt, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return payment;
    }

    /// <summary>The buyer's own payment; anyone else's order is "not found".</summary>
    public async Task<Result<Payment>> ForBuyerAsync(OrderId orderId, UserId buyerId, CancellationToken cancellationToken)
    {
        var payment = await FindOrOpenAsync(orderId, cancellationToken);
        return payment is not null && payment.BuyerId == buyerId ? payment : NotFound();
    }

    /// <summary>Why the shopper cannot pay the order (card or wallet) now: it is paid, or no longer waits for payment; null when it can.</summary>
    public static Error? NotPayable(Payment payment) => payment.Status is PaymentStatus.Pending or PaymentStatus.Failed
        ? null
        : Error.Rule("payment.not_payable", payment.Status == PaymentStatus.Succeeded
            ? Bilingual.Pick("Đơn hàng đã được thanh toán.", "The order is already paid.")
            : Bilingual.Pick("Đơn hàng không còn chờ thanh toán.", "The order is no longer waiting for payment."));

    public static Error NotFound() =>
        Error.NotFound("payment.not_found", Bilingual.Pick("Không tìm thấy thanh toán của đơn hàng.", "No such order payment."));
}
