using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Catalog.Features.Lots;

internal sealed record LotView(
    Guid LotId,
    string Code,
    DateOnly ProducedOn,
    DateOnly? ExpiresOn,
    string Commune,
    string Province,
    int Quantity,
    string QuantityUnit,
    string? Notes,
    DateTimeOffset? RecalledAt = null,
    string? RecallReason = null);

internal sealed record AddLotCommand(
    ProductId ProductId,
    UserId ActorId,
    string Code,
    DateOnly ProducedOn,
    DateOnly? ExpiresOn,
    string Commune,
    string Province,
    int Quantity,
    string QuantityUnit,
    string? Notes)
    : ICommand<Result<LotView>>, IRunsIn<CatalogTransaction>;

/// <summary>
/// What a lot's public page shows, as Vietnam's traceability rules ask: the product and its
/// picture, the producer with address, production date, lot code, expiry and certificates.
/// </summary>
internal sealed record LotTrace(
    LotView Lot,
    ProductId ProductId,
    CooperativeId CooperativeId,
    string ProductName,
    string? ProductNameEnglish,
    string? ImageUrl,
    string ProducerName,
    string ProducerSlug,
    string ProducerAddress,
    string ProducerProvince,
    string ProducerPhone,
    IReadOnlyList<CertificationBadge> Certificates);

/// <summary>A lot's traceability, by the code printed on the package; public.</summary>
internal sealed record GetLotTraceQuery(string Code) : IQuery<Result<LotTrace>>;

/// <summary>
/// The cooperative (or an admin) recalls a lot: its page says so, nothing more ships from it,
/// and every buyer of its units is told why.
/// </summary>
internal sealed record RecallLotCommand(ProductId ProductId, string Code, UserId ActorId, bool ActorIsAdmin, string Reason)
    : ICommand<Result<LotView>>, IRunsIn<CatalogTransaction>;

/// <summary>A lot and who received it, for its cooperative's people and admins.</summary>
internal sealed record LotRecipients(LotView Lot, IReadOnlyList<LotRecipient> Recipients);

/// <summary>Who received a lot, asked by its cooperative's people or an admin (anyone else: not found); of a product when one is named.</summary>
internal sealed record GetLotRecipientsForStaffQuery(string Code, UserId ActorId, bool ActorIsAdmin, ProductId? ProductId = null)
    : IQuery<Result<LotRecipients>>;

internal static class LotErrors
{
    /// <summary>No such lot, or not one this person may see: the same answer, so codes reveal nothing.</summary>
    public static Error NotFound(string code) =>
        Error.NotFound("lot.not_found", Bilingual.Pick($"Không tìm thấy lô hàng {code}.", $"No lot {code}."));
}
