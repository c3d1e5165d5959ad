using System.Security.Cryptography;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Trade;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>
/// Only a verified business buyer asks for quotes. The request goes to the one cooperative named,
/// which must sell what is asked, or to every cooperative that sells it now (Catalog says which).
/// </summary>
internal sealed class CreateRfqHandler(OrderingDbContext db, ISender sender, TimeProvider clock) : ICommandHandler<CreateRfqCommand, Result<RfqView>>
{
    public async ValueTask<Result<RfqView>> Handle(CreateRfqCommand command, CancellationToken cancellationToken)
    {
        if (!command.VerifiedBusinessBuyer)
        {
            return Error.Forbidden("rfq.business_only", Bilingual.Pick(
                "Yêu cầu báo giá dành cho người mua doanh nghiệp đã được xác minh.",
                "Requests for quotation are for verified business buyers."));
        }

        var subject = await sender.Send(
            new GetQuotationSubjectQuery(command.ProductId, command.ProductId is null ? command.CategoryId : null), cancellationToken);
        if (subject is null)
        {
            return Error.NotFound("rfq.subject_not_found", Bilingual.Pick(
                "Không tìm thấy sản phẩm hoặc danh mục.", "No such product or category."));
        }

        var recipients = subject.Sellers
            .Where(s => command.CooperativeId is null || s.CooperativeId == command.CooperativeId)
            .Select(s => new RfqRecipient(s.CooperativeId, s.VendorName))
            .ToList();
        if (recipients.Count == 0)
        {
            return Error.Rule("rfq.no_seller", command.CooperativeId is null
                ? Bilingual.Pick("Hiện chưa có hợp tác xã nào bán mặt hàng này.", "No cooperative sells this at the moment.")
                : Bilingual.Pick("Hợp tác xã này không bán mặt hàng này.", "This cooperative does not sell this."));
        }

        var company = (await sender.Send(new GetMyBusinessAccountsQuery(command.BuyerId), cancellationToken))
            .FirstOrDefault(a => a.Status == BusinessAccountStatus.Verified)?.CompanyName;
        var terms = command.DestinationCountry is null or Countries.Vietnam
            ? DeliveryTerms.Domestic with { HsCode = HsCode.Normalize(command.HsCode) }
            : new DeliveryTerms(command.DestinationCountry, command.Incoterm, command.NamedPlace!.Trim(), HsCode.Normalize(command.HsCode));
        var now = clock.GetUtcNow();
        var request = new QuoteRequest(
            NumberFor(now), command.BuyerId, command.BuyerEmail.Trim(), company, subject.Name, command.ProductId,
            command.ProductId is null ? command.CategoryId : null,
            command.Quantity, command.Unit, terms.Country == Countries.Vietnam ? command.DeliveryProvince : string.Empty, terms, command.DeliveryDate,
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(), recipients, now);
        db.QuoteRequests.Add(request);
        foreach (var recipient in recipients)
        {
            db.AddIntegrationEvent(new RfqReceivedIntegrationEvent(
                Guid.NewGuid(), now, request.Id, recipient.CooperativeId, request.Number, request.Subject, request.Quantity, request.Unit.Label(),
                request.DeliveryProvince, request.DeliveryDate, request.Incoterm is null ? null : request.DestinationCountry, request.Incoterm,
                request.NamedPlace));
        }

        return RfqViews.View(request, VietnamTime.Today(clock));
    }

    /// <summary>"RFQ-261126-4K7QZ2": the date in Vietnam and six characters of Crockford's base32.</summary>
    private static string NumberFor(DateTimeOffset now) =>
        $"RFQ-{now.ToOffset(VietnamTime.Offset):yyMMdd}-{RandomNumberGenerator.GetString("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 6)}";
}
