using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Catalog.Features.Lots;

internal sealed record LotView(
    Guid LotId, string Code, DateOnly ProducedOn, DateOnly? ExpiresOn, string Commune, string Province, int Quantity, string QuantityUnit, string? Notes);

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
