using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Returns;

/// <summary>
/// A return from its request to its refund. Each step is saved with what follows it, in one
/// transaction: the shopper's mail; for a new request, the cooperative's notice; once agreed, the
/// notification on which Catalog puts goods fit to sell back on sale, and the one on which Payments
/// gives the money back (under the return's id, so it is given once): at once for a card, and for
/// any other way of paying once an admin has made the alliance's transfer.
/// </summary>
internal sealed class ReturnsHandler(OrderingDbContext db, ISender sender, IFileStore files, TimeProvider clock)
    : ICommandHandler<RequestReturnCommand, Result<ReturnView>>,
      ICommandHandler<DecideReturnCommand, Result<ReturnView>>,
      ICommandHandler<AnswerReturnCommand, Result<ReturnView>>,
      ICommandHandler<SettleReturnCommand, Result<ReturnView>>,
      ICommandHandler<RecordReturnTransferCommand, Result<ReturnView>>,
      ICommandHandler<RetryReturnRefundCommand, Result<ReturnView>>,
      ICommandHandler<SetReturnPolicyCommand, Result<ReturnPolicyView>>
{
    public async ValueTask<Result<ReturnView>> Handle(RequestReturnCommand command, CancellationToken cancellationToken)
    {
        var buyer = command.BuyerId;
        var part = await db.Parts
            .Where(p => p.Id == command.PartId && p.OrderId == command.OrderId && db.Orders.Any(o => o.Id == p.OrderId && o.BuyerId == buyer))
            .SingleOrDefaultAsync(cancellationToken);
        if (part is null)
        {
            return OrderQueries.NotFound();
        }

        var now = clock.GetUtcNow();
        var policy = await PolicyAsync(db, part.CooperativeId, cancellationToken);
        if (Closed(part, policy, clock.Today()) is { } closed)
        {
            return closed;
        }

        var earlier = await db.Returns.AsNoTracking().Where(r => r.PartId == part.Id).ToListAsync(cancellationToken);
        if (earlier.Any(r => r.Open))
        {
            return Error.Rule("return.open", Bilingual.Pick(
                "Phần đơn hàng này đã có một yêu cầu trả hàng đang được xử lý.", "A return of this part is already being decided."));
        }

        var lines = Lines(part, command.Lines!, earlier);
        if (!lines.IsSuccess)
        {
            return lines.Error!;
        }

        var order = await db.Orders.AsNoTracking().Where(o => o.Id == part.OrderId)
            .Select(o => new { o.Number, o.PaymentMethod }).SingleAsync(cancellationToken);
        var refundable = part.RefundableVnd(order.PaymentMethod == PaymentMethod.CashOnDelivery);
        if (refundable <= 0)
        {
            return Error.Rule("return.nothing_left", Bilingual.Pick(
                "Số tiền đã trả cho phần đơn hàng này đã được hoàn hết.", "All that was paid for this part has already been given back."));
        }

        // Only a card or a wallet takes its money back by itself; cash, a transfer, or a deposit paid before go back by the alliance's transfer.
        var byTransfer = !order.PaymentMethod.ThroughGateway() || part.DepositVnd > 0;
        if (byTransfer && command.Account is null)
        {
            return Field("Account", Bilingual.Pick(
                "Tiền hoàn được chuyển khoản: hãy cho biết tài khoản ngân hàng để nhận.",
                "The refund is transferred: give the bank account it is to go to."));
        }

        var request = new ReturnRequest(
            part, order.Number, buyer, command.BuyerEmail, command.Culture, lines.Value, command.Reason!.Value, Clean(command.Details),
            policy.RefundsDelivery, refundable, byTransfer, byTransfer ? command.Account : null, now);
        part.ReturnAsked();
        var photos = new List<string>();
        foreach (var photo in command.Photos ?? [])
        {
            // Written anew by the inspector (the validator checked it is a picture): nothing of the upload is kept as sent.
            var kept = photo.Document!;
            photos.Add(await files.SaveAsync(kept.Content, kept.ContentType == FileSignature.Png ? ".png" : ".jpg", cancellationToken));
        }

        request.AddPhotos(photos);
        db.Returns.Add(request);
        db.AddIntegrationEvent(new ReturnRequestedIntegrationEvent(
            Guid.NewGuid(), now, request.Id, request.CooperativeId, request.OrderNumber, request.AskedVnd, ReturnTexts.Reason(request.Reason, "vi")));
        Told(request, now);
        return ReturnView.Of(request);
    }

    public async ValueTask<Result<ReturnView>> Handle(DecideReturnCommand command, CancellationToken cancellationToken)
    {
        var request = await db.Returns.SingleOrDefaultAsync(r => r.Id == command.ReturnId, cancellationToken);
        if (request is null || await sender.Send(new GetVendorStaffRoleQuery(request.CooperativeId, command.ActorId), cancellationToken) is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var note = Clean(command.Note);
        var decided = command.Decision switch
        {
            ReturnDecision.Accept => request.Accept(command.Restock, command.ActorEmail, now),
            ReturnDecision.Offer => request.Offer(command.AmountVnd ?? 0, note, command.ActorEmail, now),
            _ => request.Refuse(note!, command.ActorEmail, now),
        };
        return await AfterAsync(request, decided, now, cancellationToken);
    }

    public async ValueTask<Result<ReturnView>> Handle(AnswerReturnCommand command, CancellationToken cancellationToken)
    {
        var buyer = command.BuyerId;
        var request = await db.Returns.SingleOrDefaultAsync(r => r.Id == command.ReturnId && r.BuyerId == buyer, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        return await AfterAsync(request, command.TakeOffer ? request.TakeOffer(now) : request.Dispute(now), now, cancellationToken);
    }

    public async ValueTask<Result<ReturnView>> Handle(SettleReturnCommand command, CancellationToken cancellationToken)
    {
        var request = await db.Returns.SingleOrDefaultAsync(r => r.Id == command.ReturnId, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        return await AfterAsync(request, request.Settle(command.AmountVnd, Clean(command.Note)!, command.AdminEmail, now), now, cancellationToken);
    }

    public async ValueTask<Result<ReturnView>> Handle(RecordReturnTransferCommand command, CancellationToken cancellationToken)
    {
        var request = await db.Returns.SingleOrDefaultAsync(r => r.Id == command.ReturnId, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var recorded = request.Transferred(command.AdminEmail, now);
        if (!recorded.IsSuccess)
        {
            return recorded.Error!;
        }

        RefundDue(request, command.AdminEmail, now);
        return ReturnView.Of(request, withAccount: true);
    }

    public async ValueTask<Result<ReturnView>> Handle(RetryReturnRefundCommand command, CancellationToken cancellationToken)
    {
        var request = await db.Returns.SingleOrDefaultAsync(r => r.Id == command.ReturnId, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        var retried = request.RetryRefund();
        if (!retried.IsSuccess)
        {
            return retried.Error!;
        }

        RefundDue(request, command.AdminEmail, clock.GetUtcNow());
        return ReturnView.Of(request, withAccount: true);
    }

    public async ValueTask<Result<ReturnPolicyView>> Handle(SetReturnPolicyCommand command, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(command.CooperativeId, command.ActorId), cancellationToken) is not StaffRole.Owner)
        {
            return Error.NotFound("cooperative.not_found", Bilingual.Pick(
                "Chỉ chủ hợp tác xã mới đổi được chính sách trả hàng.", "Only the cooperative's owners change its return policy."));
        }

        var policy = await db.ReturnPolicies.SingleOrDefaultAsync(p => p.CooperativeId == command.CooperativeId, cancellationToken);
        if (policy is null)
        {
            db.ReturnPolicies.Add(new ReturnPolicy(command.CooperativeId, command.Days, command.RefundsDelivery));
        }
        else
        {
            policy.Change(command.Days, command.RefundsDelivery);
        }

        return new ReturnPolicyView(command.Days, command.RefundsDelivery);
    }

    /// <summary>The cooperative's policy, or the marketplace's default when it set none.</summary>
    public static async Task<ReturnPolicyView> PolicyAsync(OrderingDbContext db, CooperativeId cooperativeId, CancellationToken cancellationToken) =>
        await db.ReturnPolicies.AsNoTracking().Where(p => p.CooperativeId == cooperativeId)
            .Select(p => new ReturnPolicyView(p.Days, p.RefundsDelivery)).SingleOrDefaultAsync(cancellationToken)
        ?? ReturnPolicyView.Default;

    /// <summary>The last day (in Vietnam) a delivered part may still be sent back, or null when it may not (not delivered, or no returns taken).</summary>
    public static DateOnly? ReturnableUntil(PartStatus status, DateTimeOffset? deliveredAt, ReturnPolicyView policy) =>
        status == PartStatus.Delivered && policy.Days > 0 && deliveredAt is { } at ? VietnamTime.DayOf(at).AddDays(policy.Days) : null;

    private static Error? Closed(OrderPart part, ReturnPolicyView policy, DateOnly today)
    {
        if (part.Status != PartStatus.Delivered)
        {
            return Error.Rule("return.not_delivered", Bilingual.Pick(
                "Chỉ trả lại được hàng đã giao.", "Only delivered goods can be sent back."));
        }

        if (policy.Days == 0)
        {
            return Error.Rule("return.not_taken", Bilingual.Pick(
                "Hợp tác xã này không nhận trả hàng. Nếu hàng có vấn đề, hãy liên hệ Liên minh HTX.",
                "This cooperative takes no returns. If something is wrong with the goods, write to the alliance."));
        }

        // A part delivered with no date on record (never, by the road) is taken as past its days.
        var until = ReturnableUntil(part.Status, part.Timeline.LastOrDefault(t => t.Status == PartStatus.Delivered)?.At, policy) ?? DateOnly.MinValue;
        if (today > until)
        {
            var day = until.ToString("d", CultureInfo.CurrentCulture);
            return Error.Rule("return.too_late", Bilingual.Pick(
                $"Hợp tác xã nhận trả hàng trong {policy.Days} ngày sau khi giao (đến hết ngày {day}).",
                $"The cooperative takes goods back within {policy.Days} days of delivery (until the end of {day})."));
        }

        return null;
    }

    /// <summary>
    /// The lines asked back, each a delivered line's SKU at most once, and never more units than were
    /// delivered less those an earlier return already gave back.
    /// </summary>
    private static Result<IReadOnlyList<ReturnLine>> Lines(OrderPart part, IReadOnlyList<ReturnLineInput> input, IReadOnlyList<ReturnRequest> earlier)
    {
        var asked = input.Where(l => l.Quantity > 0).ToList();
        if (asked.Count == 0)
        {
            return Field("Lines", Bilingual.Pick("Hãy chọn ít nhất một món để trả lại.", "Choose at least one item to send back."));
        }

        if (asked.GroupBy(l => l.Sku!.Trim(), StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            return Field("Lines", Bilingual.Pick("Mỗi món chỉ ghi một lần.", "Give each item once."));
        }

        var given = earlier.Where(r => r.Status.GivesBack()).SelectMany(r => r.Lines)
            .GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.OrdinalIgnoreCase);
        var lines = new List<ReturnLine>();
        foreach (var wanted in asked)
        {
            var line = part.Lines.FirstOrDefault(l => string.Equals(l.Sku, wanted.Sku!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (line is null)
            {
                return Field("Lines", Bilingual.Pick(
                    $"Phần đơn hàng này không có món {wanted.Sku}.", $"This part of the order has no item {wanted.Sku}."));
            }

            var left = line.Quantity - given.GetValueOrDefault(line.Sku);
            if (wanted.Quantity > left)
            {
                return Field("Lines", Bilingual.Pick(
                    $"Chỉ còn trả lại được tối đa {left} {line.Unit} {line.ProductName}.",
                    $"At most {left} {line.Unit} of {line.ProductName} can still be sent back."));
            }

            lines.Add(new ReturnLine(line.VariantId, line.Sku, line.ProductName, line.Unit, wanted.Quantity, line.UnitPriceVnd));
        }

        return lines;
    }

    private async Task<Result<ReturnView>> AfterAsync(ReturnRequest request, Result<ReturnStatus> step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!step.IsSuccess)
        {
            return step.Error!;
        }

        if (request.Status == ReturnStatus.Agreed || request.Status == ReturnStatus.Closed && request.Restocked)
        {
            var part = await db.Parts.AsNoTracking().SingleAsync(p => p.Id == request.PartId, cancellationToken);
            db.AddIntegrationEvent(new ReturnAgreedIntegrationEvent(
                Guid.NewGuid(), now, request.Id, request.OrderId, request.PartId, request.CooperativeId, request.RefundVnd ?? 0, RefundReason(request),
                request.Restocked ? Restock(part, request) : []));
        }

        if (request.Status == ReturnStatus.Agreed && !request.ByTransfer)
        {
            RefundDue(request, request.DecidedBy!, now);
        }

        Told(request, now);
        return ReturnView.Of(request);
    }

    /// <summary>The stock the goods sent back give again, in the units the part's lines hold stock in.</summary>
    private static IReadOnlyList<CancelledLine> Restock(OrderPart part, ReturnRequest request) =>
        [.. request.Lines
            .Select(returned => (returned, line: part.Lines.FirstOrDefault(l => l.Sku == returned.Sku && l.VariantId is not null)))
            .Where(x => x.line is not null)
            .Select(x => new CancelledLine(
                x.line!.VariantId!.Value, (int)((long)x.returned.Quantity * (x.line.StockQuantity ?? x.line.Quantity) / x.line.Quantity)))];

    private void RefundDue(ReturnRequest request, string by, DateTimeOffset now) =>
        db.AddIntegrationEvent(new ReturnRefundDueIntegrationEvent(
            Guid.NewGuid(), now, request.Id, request.OrderId, request.PartId, request.CooperativeId, request.RefundVnd!.Value, RefundReason(request), by,
            request.ByTransfer, request.RefundRetries));

    /// <summary>The refund's reason as the ledger keeps it, in the alliance's language.</summary>
    private static string RefundReason(ReturnRequest request) =>
        $"Trả hàng {request.OrderNumber}: {ReturnTexts.Reason(request.Reason, "vi")}";

    private void Told(ReturnRequest request, DateTimeOffset now) =>
        db.AddIntegrationEvent(new ReturnMailRequested(Guid.NewGuid(), now, request.Id, request.Status));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Error Field(string field, string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    public static Error NotFound() =>
        Error.NotFound("return.not_found", Bilingual.Pick("Không tìm thấy yêu cầu trả hàng.", "No such return."));
}
