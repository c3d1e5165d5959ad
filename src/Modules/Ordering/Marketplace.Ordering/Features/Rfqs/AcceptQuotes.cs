using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>
/// The accepted quotes become one order, a part per cooperative at its quoted price. A quote that
/// names one of its cooperative's variants holds that variant's stock when there is enough (in the
/// variant's units: a 500 g bag, a kg); otherwise the part is made to order in its lead time.
/// Stock, then the order, the accepted request and OrderPlaced in one transaction; the request's
/// version makes a second, simultaneous acceptance fail, give its stock back and return the first
/// one's order, as does accepting an accepted request.
/// </summary>
internal sealed class AcceptQuotesHandler(OrderingDbContext db, ISender sender, TimeProvider clock) : IRequestHandler<AcceptQuotesCommand, Result<OrderView>>
{
    public async ValueTask<Result<OrderView>> Handle(AcceptQuotesCommand command, CancellationToken cancellationToken)
    {
        var buyer = command.BuyerId;
        var request = await db.QuoteRequests.SingleOrDefaultAsync(r => r.Id == command.RfqId && r.BuyerId == buyer, cancellationToken);
        if (request is null)
        {
            return RfqQueries.NotFound();
        }

        if (request.OrderId is { } existing)
        {
            return await OrderViews.ReadAsync(db, existing, cancellationToken);
        }

        var today = clock.Today();
        var chosen = new List<(Quote Quote, int Quantity)>();
        foreach (var accepted in command.Quotes.DistinctBy(q => q.QuoteId))
        {
            var quote = request.Quotes.SingleOrDefault(q => q.Id == accepted.QuoteId);
            if (quote is null)
            {
                return RfqQueries.NotFound();
            }

            var status = quote.StatusOn(today);
            if (status != QuoteStatus.Offered)
            {
                return Error.Rule(status == QuoteStatus.Expired ? "quote.expired" : "quote.not_offered", status == QuoteStatus.Expired
                    ? Bilingual.Pick(
                        $"Báo giá của {quote.VendorName} đã hết hiệu lực ngày {quote.ValidUntil:dd/MM/yyyy}.",
                        $"{quote.VendorName}'s quote expired on {quote.ValidUntil:yyyy-MM-dd}.")
                    : Bilingual.Pick($"{quote.VendorName} không có báo giá để chấp nhận.", $"{quote.VendorName} has no quote to accept."));
            }

            var quantity = accepted.Quantity ?? quote.Quantity;
            if (quantity < 1 || quantity > quote.Quantity)
            {
                return Error.Rule("quote.quantity", Bilingual.Pick(
                    $"{quote.VendorName} báo giá cho tối đa {quote.Quantity} {request.Unit.Label()}.",
                    $"{quote.VendorName} quoted for at most {quote.Quantity} {request.Unit.Label()}."));
            }

            if (quantity < quote.MinimumLot)
            {
                return Error.Rule("quote.minimum_lot", Bilingual.Pick(
                    $"{quote.VendorName} nhận đơn từ {quote.MinimumLot} {request.Unit.Label()} trở lên.",
                    $"{quote.VendorName} takes orders of {quote.MinimumLot} {request.Unit.Label()} or more."));
            }

            chosen.Add((quote, quantity));
        }

        if (chosen.Sum(c => c.Quantity) < request.Quantity)
        {
            return Error.Rule("rfq.not_covered", Bilingual.Pick(
                $"Các báo giá đã chọn cộng lại {chosen.Sum(c => c.Quantity)} {request.Unit.Label()}, "
                    + $"chưa đủ {request.Quantity} {request.Unit.Label()} đã yêu cầu.",
                $"The chosen quotes add up to {chosen.Sum(c => c.Quantity)} {request.Unit.Label()}, "
                    + $"short of the {request.Quantity} {request.Unit.Label()} requested."));
        }

        // The stock held and the order commit together (Catalog's command joins this transaction).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var holds = await HoldsAsync(chosen, request.Unit, cancellationToken);
        if (holds.Count > 0 && await sender.Send(new ReserveStockCommand(holds.Values.ToList()), cancellationToken) is { IsSuccess: false })
        {
            holds.Clear(); // sold meanwhile: made to order after all
        }

        var now = clock.GetUtcNow();
        var order = new Order(
            OrderId.New(), Order.NewNumber(now),
            request.BuyerId, request.BuyerEmail, $"rfq-{request.Id}",
            Address.Cleaned(command.Delivery),
            Bilingual.Pick($"Theo yêu cầu báo giá {request.Number}", $"From request for quotation {request.Number}"),
            command.PaymentMethod, command.Culture, now)
            .WithPurchaseOrder(command.PurchaseOrderNumber);
        foreach (var (quote, quantity) in chosen)
        {
            var hold = holds.GetValueOrDefault(quote.Id);
            var line = new OrderLine(
                hold?.VariantId, quote.Sku ?? request.Number, request.Subject, request.Unit.Label(), null, quantity, quote.UnitPriceVnd, hold?.Quantity);
            order.Add(new OrderPart(OrderPartId.New(), order.Id, quote.CooperativeId, quote.VendorName, [line], 0, cashOnDelivery: false, now));
        }

        db.Orders.Add(order);
        request.Accepted(chosen.Select(c => c.Quote.Id).ToList(), order.Id, now);
        db.AddIntegrationEvent(order.Placed());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The stock held above goes back with the rollback.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var winner = await db.QuoteRequests.AsNoTracking().Where(r => r.Id == request.Id).Select(r => r.OrderId).SingleAsync(CancellationToken.None);
            return winner is { } orderId
                ? await OrderViews.ReadAsync(db, orderId, CancellationToken.None)
                : throw new InvalidOperationException("The request changed while it was accepted.");
        }

        return OrderViews.Order(order);
    }

    /// <summary>The stock each quote that names a variant can hold: the quantity in the variant's own units, when it has that much.</summary>
    private async Task<Dictionary<Guid, StockLine>> HoldsAsync(
        IReadOnlyList<(Quote Quote, int Quantity)> chosen, QuantityUnit unit, CancellationToken cancellationToken)
    {
        var named = chosen.Where(c => c.Quote.VariantId is not null).ToList();
        if (named.Count == 0)
        {
            return [];
        }

        var variants = (await sender.Send(new GetProductsForCheckoutQuery(named.Select(c => c.Quote.VariantId!.Value).ToList()), cancellationToken))
            .ToDictionary(v => v.VariantId);
        var holds = new Dictionary<Guid, StockLine>();
        foreach (var (quote, quantity) in named)
        {
            if (!variants.TryGetValue(quote.VariantId!.Value, out var variant))
            {
                continue;
            }

            var grams = (long)quantity * unit.Kilograms() * 1_000;
            long? perUnit = variant.GramsPerUnit;
            long? units = perUnit > 0 ? (grams + perUnit - 1) / perUnit : null;
            if (units is > 0 and <= int.MaxValue && units <= variant.Stock)
            {
                holds[quote.Id] = new StockLine(variant.VariantId, (int)units.Value);
            }
        }

        return holds;
    }
}
