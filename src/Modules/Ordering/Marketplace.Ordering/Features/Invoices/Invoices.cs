using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Ordering.Features.Invoices;

internal sealed record InvoiceDocument(string FileName, byte[] Pdf);

/// <summary>The PDF invoice of one cooperative's part of the buyer's own order (a cancelled part has none).</summary>
internal sealed record GetInvoiceQuery(OrderId OrderId, OrderPartId PartId, UserId BuyerId) : IQuery<Result<InvoiceDocument>>;
